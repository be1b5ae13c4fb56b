package dev.concdemo.demos.cpu.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.work.StartLine;
import dev.concdemo.support.work.Threads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/** The simulated GIL's claims: it serialises CPU work (directly, and as a ratio of times); it makes an IO thread wait. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SimulatedGilTest {

    @Test
    void underTheGilNoTwoThreadsEverRunPythonCodeAtOnce() throws InterruptedException {
        SimulatedGil gil = new SimulatedGil(Duration.ofMillis(1));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    gil.acquire();
                    try {
                        for (int i = 0; i < 20_000; i++) {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max); // running "bytecode"
                            Fib.fib(12, new NoGil());
                            inside.decrementAndGet();
                            gil.check(); // the eval loop's check: the only place the GIL changes hands
                        }
                    } finally {
                        gil.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, most.get(), "one thread at a time");
        assertTrue(gil.stats().switches() > 3, "and they took turns: " + gil.stats());
    }

    @Test
    void underTheGilTwoCpuBoundThreadsTakeAsLongAsTheirWorkDoneOneAfterTheOther() throws InterruptedException {
        for (int i = 0; i < 10; i++) { // JIT warm-up of the recursion with the GIL's check, one and two threads
            GilRuns.cpuThreads(1, 30, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
            GilRuns.cpuThreads(2, 28, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
        }
        long one = Long.MAX_VALUE;
        long two = Long.MAX_VALUE;
        Gil.Stats stats = null;
        for (int i = 0; i < 5; i++) { // interleaved, best of 5: noise only ever adds time
            one = Math.min(one, GilRuns.cpuThreads(1, 36, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL)));
            SimulatedGil gil = new SimulatedGil(SimulatedGil.SWITCH_INTERVAL);
            two = Math.min(two, GilRuns.cpuThreads(2, 36, gil)); // ~50 ms each: several switch intervals
            stats = gil.stats();
        }
        double ratio = (double) two / one;
        assertTrue(ratio > 1.5, "2 threads under the GIL should take ~2x one thread's time, took " + ratio + "x");
        assertTrue(stats.switches() > 1, "the GIL changed hands: " + stats);
        assertTrue(stats.dropRequests() > 0, "a waiter asked the holder to let go: " + stats);
    }

    @Test
    void behindACpuHogAnIoThreadWaitsAboutASwitchIntervalForTheGil() throws InterruptedException {
        // 1 s each: the IO counts compared below are rates, and a busy machine's stalls average out.
        Duration window = Duration.ofSeconds(1);
        List<Long> convoy = GilRuns.ioWaits(new SimulatedGil(SimulatedGil.SWITCH_INTERVAL), true, window);
        List<Long> free = GilRuns.ioWaits(new NoGil(), true, window);
        long convoyP50 = convoy.stream().sorted().toList().get(convoy.size() / 2);
        long freeP50 = free.stream().sorted().toList().get(free.size() / 2);
        assertTrue(
                convoyP50 >= SimulatedGil.SWITCH_INTERVAL.toNanos() / 2,
                "with a hog, each IO waits for the hog's switch interval: p50 " + convoyP50 / 1e6 + " ms");
        assertTrue(freeP50 < convoyP50 / 5, "without a GIL the IO thread barely waits: p50 " + freeP50 / 1e6 + " ms");
        assertTrue(free.size() > 2 * convoy.size(), "so it does more IO: " + free.size() + " vs " + convoy.size());
    }

    @Test
    void onOneThreadTheSimulatedGilCostsLittleSinceBothColumnsMakeTheSameCheck() throws Exception {
        // Measured in a JVM of its own: see OneThreadCost for why.
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OneThreadCost.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            String out = new String(child.getInputStream().readAllBytes()).strip();
            assertEquals(0, child.waitFor(), out);
            double ratio = Double.parseDouble(out);
            // The claim is the upper bound: one thread pays little for the GIL. Both columns run
            // one compiled recursion (Fib), so the ratio is the lock's cost alone: 0.99-1.01 in 16
            // runs, with a core taken or not. Two compiled copies had differed by 0.60-1.42x.
            assertTrue(ratio < 1.4 && ratio > 0.6, "one thread, with vs without the lock: " + ratio + "x");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theOldGilWakesWaitersForNothingAndTheNewOneDoesNot(TestReporter reporter) throws InterruptedException {
        for (int i = 0; i < 8; i++) { // JIT warm-up, as the scenario does: cold code hands over slowly
            GilRuns.cpuThreads(2, 27, new OldGil());
        }
        // Wasted wake-ups need the woken waiter on a second core while the holder goes on. With
        // a core taken by another process the waiter runs on the holder's core, only once the
        // holder stops, and finds the GIL free: no thrashing at all (18 runs of 18 on such a
        // machine). So the runs are split by a probe taken just before each: were two cores free?
        long oldWastedFree = 0;
        int freeRuns = 0;
        long oldWasted = 0;
        long currentWasted = 0;
        long currentSwitches = 0;
        long spent = 0;
        List<String> olds = new ArrayList<>();
        while (spent < 1_500_000_000L) {
            boolean free = twoCoresFree();
            OldGil old = new OldGil();
            spent += GilRuns.cpuThreads(2, 36, old); // both contend for many check intervals
            SimulatedGil current = new SimulatedGil(SimulatedGil.SWITCH_INTERVAL);
            GilRuns.cpuThreads(2, 32, current);
            olds.add((free ? "free " : "busy ") + old.stats());
            oldWasted += old.stats().wastedWakeups();
            oldWastedFree += free ? old.stats().wastedWakeups() : 0;
            freeRuns += free ? 1 : 0;
            currentWasted += current.stats().wastedWakeups();
            currentSwitches += current.stats().switches();
        }
        assertTrue(
                currentWasted * 100 <= oldWasted,
                "the forced switch hands it over (a spurious wake-up aside): " + currentWasted + " vs " + olds);
        assertTrue(currentSwitches > olds.size(), "and it did change hands: " + currentSwitches);
        // Thousands of wasted wake-ups on two free cores; on a busy machine there may be none, and
        // the scenario says which it saw ("wakeups.oldNone"). So the claim is checked where it
        // holds, and the report says whether it was.
        if (freeRuns >= 3) {
            assertTrue(oldWastedFree > 0, "let go and took back at once, two cores free: " + olds);
            reporter.publishEntry("thrashing", "checked: two cores free in " + freeRuns + " runs");
        } else {
            reporter.publishEntry("thrashing", "not checked: two cores free in only " + freeRuns + " runs");
        }
    }

    /** Whether two threads spinning at once for 50 ms each get most of a core: two cores free now. */
    private static boolean twoCoresFree() throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StartLine line = new StartLine(2);
        long[] percent = new long[2];
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int k = i;
            spinners.add(Thread.ofPlatform().name("probe-" + k).start(() -> {
                line.arrive();
                long cpu = mx.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                while (System.nanoTime() - wall < 50_000_000L) {
                    Thread.onSpinWait();
                }
                percent[k] = (mx.getCurrentThreadCpuTime() - cpu) * 100 / (System.nanoTime() - wall);
            }));
        }
        Threads.joinAll(spinners);
        return percent[0] >= 80 && percent[1] >= 80;
    }

    @Test
    void theGilGuardsTheInterpreterNotYourDataItsOwnLockDoes() throws InterruptedException {
        // The scenario's size: the race spans many switch intervals, so switches fall inside n += 1.
        int times = GilRuns.incrementsSpanning(SimulatedGil.SWITCH_INTERVAL, 2, GilRun.RACE_INTERVALS);
        long expected = 2L * times;
        int lostRuns = 0;
        for (int run = 0; run < 5; run++) {
            long unlocked = GilRuns.increments(new SimulatedGil(SimulatedGil.SWITCH_INTERVAL), 2, times, false);
            lostRuns += unlocked < expected ? 1 : 0;
        }
        // A busy machine can shorten a run to a few hand-overs, each inside n += 1 at even odds.
        assertTrue(lostRuns >= 4, "only the GIL: updates lost in " + lostRuns + " of 5 runs of 2 x " + times);
        // The scenario's locked size: every wait for the own lock hands the GIL over, so thousands of switches.
        int locked = Math.min(times, GilRun.LOCKED_INCREMENTS);
        assertEquals(
                2L * locked,
                GilRuns.increments(new SimulatedGil(SimulatedGil.SWITCH_INTERVAL), 2, locked, true),
                "with their own lock, never a lost update");
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
