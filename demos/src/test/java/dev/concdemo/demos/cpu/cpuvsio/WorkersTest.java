package dev.concdemo.demos.cpu.cpuvsio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's worker labels: counted with their nouns, and in the run's language. */
class WorkersTest {
    private static final List<Workers> KINDS = List.of(
            new Workers.Threads(1, ""),
            new Workers.Threads(2, "core"),
            new Workers.ChildJvms(1, "core"),
            new Workers.VirtualThreads("task"),
            new Workers.Mixed(2, "mix"));

    @Test
    void theLabelsCountTheirWorkersInEnglishAndInChinese() throws Exception {
        assertEquals(
                List.of(
                        "1 thread",
                        "2 threads (one per core)",
                        "1 child JVM (one per core)",
                        "virtual threads (one per task)",
                        "2 child JVMs x virtual threads (the notes' mix)"),
                labels(Lang.EN));
        assertEquals(
                List.of("1 个线程", "2 个线程（每核一个）", "1 个子 JVM（每核一个）", "虚拟线程（每个任务一个）", "2 个子 JVM x 虚拟线程（笔记的搭配）"),
                labels(Lang.ZH));
    }

    private static List<String> labels(Lang lang) throws Exception {
        return ScopedValue.where(Texts.LANG, lang)
                .call(() -> KINDS.stream().map(Workers::label).toList());
    }
}
