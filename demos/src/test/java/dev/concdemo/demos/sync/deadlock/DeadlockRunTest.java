package dev.concdemo.demos.sync.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Narrator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scenario's claims: ABBA deadlocks and is detected every time; every fix never deadlocks. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeadlockRunTest {

    /** 0.02: the seed's 2 s sleep lasts 40 ms, long enough for the other threads to start. */
    private static final double FAST = 0.02;

    private static Narrator silent() {
        return Narrator.silent();
    }

    @RepeatedTest(20)
    void theSeedsAbbaOrderDeadlocksAndTheWatchdogDetectsAndBreaksIt() throws InterruptedException {
        DeadlockRun run = new DeadlockRun(new DeadlockRun.Settings(Fix.NONE, 10, FAST, 1), silent());
        DeadlockReport report = run.run();

        assertTrue(report.deadlocked(), "the ABBA order must deadlock");
        assertFalse(report.timedOut());
        assertEquals(1, report.deadlocks());
        assertCycleIsClosed(report.cycle());
        assertNotNull(report.detectedAfterMs());
        assertTrue(
                report.detectedAfterMs() < 1000,
                "detected within 1 s of forming, took " + report.detectedAfterMs() + " ms");
        assertTrue(
                report.cycle().stream().anyMatch(e -> e.thread().equals(report.victim())),
                "the victim is in the cycle");
        assertEquals(1, report.victims());
        assertEquals(report.cycle().size() - 1, report.finished(), "the rest of the cycle finishes");
        assertEquals(10, report.finished() + report.victims() + report.cancelled());
        assertNoWorkerAlive(run);
    }

    @ParameterizedTest
    @EnumSource(
            value = Fix.class,
            names = {"RLOCK", "ORDER", "TRYLOCK"})
    void everyFixRunsTheSameWorkloadToTheEndWithoutDeadlock(Fix fix) throws InterruptedException {
        for (int i = 0; i < 40; i++) { // 40 runs a fix, 70-120 ms each: the suite stays within its 5 minutes
            DeadlockRun run = new DeadlockRun(new DeadlockRun.Settings(fix, 10, 0.002, i), silent());
            DeadlockReport report = run.run();

            assertFalse(report.deadlocked(), fix + " deadlocked in run " + i + ": " + report.cycle());
            assertFalse(report.timedOut(), fix + " overran in run " + i);
            assertEquals(10, report.finished(), fix + " run " + i);
            assertTrue(report.cycle().isEmpty());
            // The sleeps are taken holding a lock every thread needs, so they run one after another.
            assertTrue(
                    report.elapsedMs() >= report.lowerBoundMs(),
                    fix + " took " + report.elapsedMs() + " ms, less than the " + report.lowerBoundMs()
                            + " ms the sleeps need");
            assertNoWorkerAlive(run);
        }
    }

    @Test
    void trylockBacksOffWhenTheSecondLockIsBusy() throws InterruptedException {
        DeadlockReport report = new DeadlockRun(new DeadlockRun.Settings(Fix.TRYLOCK, 10, 0.05, 3), silent()).run();
        assertFalse(report.deadlocked());
        assertTrue(report.backOffs() > 0, "other threads hold A or B while one sleeps: someone must back off");
    }

    @Test
    void theNarrationShowsTheSeedsLinesInItsColoursThenTheCycle() throws InterruptedException {
        StringWriter text = new StringWriter();
        Narrator narrator = new Narrator(
                new PrintWriter(text),
                true,
                false,
                9,
                new dev.concdemo.support.term.RunClock(),
                dev.concdemo.support.term.Trace.off(),
                () -> {});
        new DeadlockRun(new DeadlockRun.Settings(Fix.NONE, 10, FAST, 1), narrator).run();
        String out = text.toString();

        assertTrue(out.contains("\u001B[41m") && out.contains("got lock A"), "func1's 'got lock A' on red (\\033[41m)");
        assertTrue(out.contains("\u001B[42m"), "func1's 'got lock B' on green");
        assertTrue(out.contains("\u001B[43m"), "func2's 'got lock B' on yellow");
        assertTrue(out.contains("DEADLOCK"));
        assertTrue(out.contains("waits for") && out.contains("held by"), "the cycle table");
        assertTrue(out.contains("──waits for A──▶") && out.contains("──waits for B──▶"), "the cycle in one line");
        assertTrue(out.contains("victim: interrupted while waiting for lock"));
    }

    /** Each thread waits for a lock the next one holds, and the last waits for the first. */
    static void assertCycleIsClosed(List<WaitForCycle.Edge> cycle) {
        assertEquals(2, cycle.size(), "two locks make a cycle of two threads: " + cycle);
        for (int i = 0; i < cycle.size(); i++) {
            WaitForCycle.Edge edge = cycle.get(i);
            WaitForCycle.Edge next = cycle.get((i + 1) % cycle.size());
            assertEquals(next.thread(), edge.heldBy(), "who holds what " + edge.thread() + " waits for");
            assertTrue(next.holds().contains(edge.waitsFor()), next.thread() + " holds " + edge.waitsFor());
        }
        Set<String> waitedFor = cycle.stream().map(WaitForCycle.Edge::waitsFor).collect(Collectors.toSet());
        assertEquals(Set.of("A", "B"), waitedFor);
    }

    /** No thread named as the seed's workers ("Thread-N") is alive: the run ended them all. */
    private static void assertNoWorkerAlive(DeadlockRun run) {
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("Thread-\\d+") && t instanceof Worker)
                .forEach(w -> assertFalse(w.isAlive(), w.getName() + " outlived the run"));
    }
}
