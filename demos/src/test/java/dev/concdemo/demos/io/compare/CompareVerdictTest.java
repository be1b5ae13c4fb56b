package dev.concdemo.demos.io.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.server.Model;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** compare's summary explains each model by what it is, and the process model's rate by its child JVMs. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CompareVerdictTest {
    private static ModelTrial.Figures figures(
            Model m, double rps8, long requests8, double seconds8, Double first, Double fairness, Long beside) {
        return new ModelTrial.Figures(
                m.toString(),
                m.kind().toString(),
                rps8,
                rps8,
                requests8,
                seconds8,
                first,
                0.05,
                "fib(25)",
                0.1,
                0.2,
                rps8,
                fairness,
                fairness == null ? 0 : 10,
                beside,
                1000,
                1L,
                1.0,
                1.0,
                "");
    }

    private static String verdict(ModelTrial.Figures... models) {
        return CompareVerdict.of(new CompareReport("fib", 0.5, 1000, 40, List.of(models)))
                .replace('\n', ' ');
    }

    @Test
    void theProcessModelsRateIsExplainedByTheChildJvmEachConnectionWaitsFor() {
        String v = verdict(
                figures(Model.NIO, 6000, 3000, 0.5, 0.05, 1.1, 0L),
                figures(Model.PROCESS, 7, 9, 1.25, 900.0, null, null));
        assertTrue(v.contains("process starts a child JVM for every new connection"), v);
        assertTrue(v.contains("900 ms at the median of the 8 connections"), v);
        assertTrue(v.contains("That start is 1.8 times a load's window"), v);
        assertTrue(v.contains("it answered 9 requests in 1.25 s (7 req/s), 1.1 per connection"), v);
        assertTrue(v.contains("Its hog was never answered within the 0.5 s window"), v);
        assertFalse(v.matches(".*process[^.]*one thread.*"), "process is no one-thread model: " + v);

        String quick = verdict(figures(Model.PROCESS, 500, 2500, 5.0, 400.0, 0.9, 3L));
        assertTrue(quick.contains("That start is 80% of a load's window, and part of every rate"), quick);
    }

    @Test
    void eachModelIsGroupedByWhatServesItsConnections() {
        String v = verdict(
                figures(Model.NIO, 6000, 3000, 0.5, 0.05, 1.1, 0L),
                figures(Model.COROUTINES, 6000, 3000, 0.5, 0.05, 0.04, 0L),
                figures(Model.THREADS, 9000, 4500, 0.5, 0.05, 0.9, 900L),
                figures(Model.VIRTUAL, 9000, 4500, 0.5, 0.05, 0.08, 40L));
        assertTrue(v.contains("nio, coroutines serve every connection on one thread"), v);
        assertTrue(v.contains("nio, coroutines answered no other request: the one thread was inside it"), v);
        assertTrue(v.contains("threads, virtual give each connection a thread of its own"), v);
        assertTrue(v.contains("threads, virtual answered other requests meanwhile (900, 40)"), v);
        assertTrue(v.contains("Kept under a fifth: coroutines, virtual."), v);
        assertTrue(v.contains("virtual kept 8%: a virtual thread is not preempted"), v);
        assertFalse(v.contains("One thread serves every client there"), "the old claim, false for virtual: " + v);
    }

    @Test
    void inChineseTheNotesAreNotesAndListsUseTheEnumerationComma() throws Exception {
        String v = java.lang.ScopedValue.where(dev.concdemo.support.term.Texts.LANG, dev.concdemo.support.term.Lang.ZH)
                .call(() -> verdict(
                        figures(Model.NIO, 6000, 3000, 0.5, 0.05, 1.1, 0L),
                        figures(Model.COROUTINES, 6000, 3000, 0.5, 0.05, 0.04, 0L),
                        figures(Model.PROCESS, 7, 9, 1.25, 900.0, null, null)));
        assertTrue(v.contains("笔记 003"), v);
        assertFalse(v.contains("种子"), v);
        assertTrue(v.contains("nio、coroutines 在一个线程上服务所有连接"), v);
        assertTrue(v.contains("8 个连接的中位数是 900 毫秒"), v);
    }
}
