package dev.concdemo.demos.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.cpu.cpuvsio.CpuVsIoDemo;
import dev.concdemo.demos.cpu.gil.GilDemo;
import dev.concdemo.demos.cpu.primes.PrimesDemo;
import dev.concdemo.demos.io.ZhBundles;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The CPU scenarios in a Chinese run: openings, hints and bundles in Chinese. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CpuChineseTest {
    @Test
    void theChineseBundlesKeepTheRules() throws Exception {
        int[] bundles = {0};
        List<String> problems = ZhBundles.problems("cpu", bundles);
        assertTrue(bundles[0] >= 3, bundles[0] + " Chinese bundles found");
        assertEquals(List.of(), problems);
    }

    @Test
    void primesNamesTheNotesAndCountsItsWorkersInChinese() {
        CommandUnderTest cli = new CommandUnderTest(PrimesDemo::new);
        assertEquals(0, cli.run("--threads", "1,2", "--repeat", "1", "--lang", "zh"), cli.err());
        String out = cli.out();
        String first = out.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("primes（笔记 000"), first);
        assertFalse(first.contains("seed"), first);
        assertTrue(out.contains("1 个线程 ...") && out.contains("2 个线程 ..."), out);
        assertFalse(out.contains("threads ...") || out.contains("thread ..."), out);
    }

    @Test
    void cpuVsIoOpensWithTheNotesInChinese() {
        CommandUnderTest cli = new CommandUnderTest(CpuVsIoDemo::new);
        assertEquals(
                0,
                cli.run("--n", "20", "--cpu-tasks", "2", "--io-tasks", "2", "--time-scale", "0.1", "--lang", "zh"),
                cli.err());
        String first = cli.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("cpu-vs-io（笔记 001、004）"), first);
        assertFalse(first.contains("seed"), first);
    }

    @Test
    void theHintsForAShorterRunAreInTheRunsLanguage() {
        assertEquals("--n 34 or --threads 2 is quicker", Texts.of(GilDemo.class).format("shorten"));
        assertEquals("--n 38 is quicker", Texts.of(CpuVsIoDemo.class).format("shorten"));
        String zh = ScopedValue.where(Texts.LANG, Lang.ZH)
                .call(() -> Texts.of(GilDemo.class).format("shorten") + "|"
                        + Texts.of(CpuVsIoDemo.class).format("shorten"));
        assertEquals("用 --n 34 或 --threads 2 会快些|用 --n 38 会快些", zh);
    }
}
