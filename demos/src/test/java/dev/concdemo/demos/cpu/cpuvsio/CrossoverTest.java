package dev.concdemo.demos.cpu.cpuvsio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The crossover is computed from the two things measured (the children's start, one thread's
 * rate), and the summary says what this run's figures say, whichever way they went.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CrossoverTest {
    private static final long MS = 1_000_000;
    /** fib(38) on one warm thread of the 2-core reference VM, and 2 child JVMs' start there, measured idle. */
    private static final long FIB38 = 44 * MS;

    private static final long START = 400 * MS;

    /** fib(n)'s time, from fib(38)'s: each step up in n costs the golden ratio more. */
    private static long fib(int n) {
        return Math.round(FIB38 * Math.pow((1 + Math.sqrt(5)) / 2, n - 38));
    }

    private static Crossover.Measured load(int tasks, int n, double childSpeedup) {
        long one = tasks * fib(n);
        return new Crossover.Measured(tasks, n, one, Math.round(one / childSpeedup));
    }

    @Test
    void theCrossoverIsTheStartTimesCOverCMinusOneInOneThreadsTime() {
        var p = Crossover.of(2, START, 1.9, load(8, 38, 0.6), load(8, 42, 1.5));
        assertEquals(800, p.crossoverMs(), "0.4 s x 2 / (2 - 1)");
        double perTask = fib(42) / 1e6;
        assertEquals(Math.ceil(800 / perTask), p.crossoverTasks());
        assertEquals(400, p.childStartMs());
        var four = Crossover.of(4, START, 3.8, load(8, 38, 0.6), load(8, 42, 1.5));
        assertEquals(533, four.crossoverMs(), "0.4 s x 4 / 3");
        var one = Crossover.of(1, START, 1, load(8, 38, 0.6), load(8, 42, 0.9));
        assertFalse(one.possible(), "one core: a child JVM has no second core to pay with");
        assertFalse(one.cases().getLast().aboveCrossover());
    }

    @Test
    void theDefaultLoadIsAboveTheCrossoverAndTheSmallOneBelowOnTheReferenceMachine() {
        int small = CpuVsIoDemo.DEFAULT_N - CpuVsIoRun.SMALLER_BY;
        var p = Crossover.of(2, START, 1.9, load(8, small, 0.6), load(8, CpuVsIoDemo.DEFAULT_N, 1.5));
        assertTrue(
                p.cases().getLast().aboveCrossover(),
                "8 x fib(" + CpuVsIoDemo.DEFAULT_N + ") must outlast 2 child JVMs' start: " + p);
        assertTrue(
                p.cases().getLast().oneThreadMs() >= 2 * p.crossoverMs(),
                "well above it, so the children's cold JIT and a little noise do not turn the outcome: " + p);
        assertFalse(p.cases().getFirst().aboveCrossover(), "the small load shows start-up dominating: " + p);
    }

    private static CpuVsIoReport report(int cores, boolean coresFree, double childSpeedup, double threadSpeedup) {
        var p = Crossover.of(cores, START, coresFree ? 1.9 : 1.0, load(8, 38, 0.6), load(8, 42, childSpeedup));
        long one = 8 * fib(42) / MS;
        List<CpuVsIoReport.Row> rows = List.of(
                new CpuVsIoReport.Row("1 thread", one, 1, 2000, 1),
                new CpuVsIoReport.Row(
                        "2 threads (one per core)", Math.round(one / threadSpeedup), threadSpeedup, 1000, 2),
                new CpuVsIoReport.Row(
                        "2 child JVMs (one per core)", Math.round(one / childSpeedup), childSpeedup, 1200, 1.6),
                new CpuVsIoReport.Row(
                        "40 threads (one per task)", Math.round(one / threadSpeedup), threadSpeedup, 70, 29),
                new CpuVsIoReport.Row(
                        "virtual threads (one per task)", Math.round(one / threadSpeedup), threadSpeedup, 50, 37),
                new CpuVsIoReport.Row(
                        "2 child JVMs x virtual threads", Math.round(one / childSpeedup), childSpeedup, 300, 6));
        return new CpuVsIoReport(cores, 8, 42, 40, 50, rows, p);
    }

    private static String summary(CpuVsIoReport r, Lang lang) throws Exception {
        return String.join(
                "\n",
                ScopedValue.where(Texts.LANG, lang)
                        .call(() -> CpuVsIoSummary.paragraphs(Texts.of(CpuVsIoSummary.class), r)));
    }

    @Test
    void whenTheChildrenWinTheSummarySaysTheyPaidAndThatThreadsDoTheSameWithoutTheStart() throws Exception {
        String s = summary(report(2, true, 1.5, 1.9), Lang.EN);
        assertTrue(s.contains("2 child JVMs did 1.50x the work of one thread, so they paid for their start"), s);
        assertTrue(s.contains("2 of them did 1.90x, ahead of the child JVMs"), s);
        assertTrue(s.contains("= 0.80 s on one thread"), s);
        assertTrue(s.contains("is above the crossover, and the children paid for their start, as estimated"), s);
        assertTrue(s.contains("is below the crossover, and start-up dominated, as estimated"), s);
        assertFalse(s.contains("not free"), s);
    }

    @Test
    void whenTheCoresAreTakenTheSummarySaysSoInsteadOfClaimingTheRule() throws Exception {
        String s = summary(report(2, false, 0.8, 1.0), Lang.EN);
        assertTrue(s.contains("did only 0.80x the work of one thread; in this run they did not earn back"), s);
        assertTrue(s.contains("well short of the 2 cores"), s);
        assertTrue(s.contains("the cores were not free in this run"), s);
        assertFalse(s.contains("paid for their start, as estimated"), s);
    }

    @Test
    void whenTheChildrenLoseWithFreeCoresTheSummaryBlamesWhatTheStartLeavesOut() throws Exception {
        String s = summary(report(2, true, 0.9, 1.9), Lang.EN);
        assertTrue(s.contains("yet the children lost; what they cost beyond their start"), s);
    }

    @Test
    void onOneCoreThereIsNoCrossover() throws Exception {
        String s = summary(report(1, true, 0.7, 1.0), Lang.EN);
        assertTrue(s.contains("On 1 core a child JVM has no second core to use"), s);
    }

    @Test
    void theChineseSummaryCitesTheNotesAsNotesWithUnits() throws Exception {
        String s = summary(report(2, true, 1.5, 1.9), Lang.ZH);
        assertTrue(s.contains("笔记 001") && s.contains("笔记 004"), s);
        assertFalse(s.contains("种子"), s);
        assertTrue(s.contains("0.80 秒"), s);
        assertFalse(s.matches("(?s).*[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}.*"), "no English prose: " + s);
    }
}
