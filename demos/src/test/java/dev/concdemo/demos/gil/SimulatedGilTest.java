package dev.concdemo.demos.gil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulated GIL's claims, as ratios of measured times: it serialises CPU work; it makes an IO thread wait. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SimulatedGilTest {
    private static long best(int threads, Gil.Stats[] stats) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            SimulatedGil gil = new SimulatedGil(SimulatedGil.SWITCH_INTERVAL);
            best = Math.min(best, GilRuns.cpuThreads(threads, 36, gil)); // ~50 ms: several switch intervals
            stats[0] = gil.stats();
        }
        return best;
    }

    @Test
    void underTheGilTwoCpuBoundThreadsTakeAsLongAsTheirWorkDoneOneAfterTheOther() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            GilRuns.cpuThreads(2, 28, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL)); // JIT warm-up
        }
        Gil.Stats[] stats = new Gil.Stats[1];
        long one = best(1, stats);
        long two = best(2, stats);
        double ratio = (double) two / one;
        assertTrue(ratio > 1.6, "2 threads under the GIL should take ~2x one thread's time, took " + ratio + "x");
        assertTrue(stats[0].switches() > 1, "the GIL changed hands: " + stats[0]);
        assertTrue(stats[0].dropRequests() > 0, "a waiter asked the holder to let go: " + stats[0]);
    }

    @Test
    void behindACpuHogAnIoThreadWaitsAboutASwitchIntervalForTheGil() throws InterruptedException {
        Duration window = Duration.ofMillis(400);
        List<Long> convoy = GilRuns.ioWaits(new SimulatedGil(SimulatedGil.SWITCH_INTERVAL), true, window);
        List<Long> free = GilRuns.ioWaits(new NoGil(), true, window);
        long convoyP50 = convoy.stream().sorted().toList().get(convoy.size() / 2);
        long freeP50 = free.stream().sorted().toList().get(free.size() / 2);
        assertTrue(convoyP50 >= SimulatedGil.SWITCH_INTERVAL.toNanos() / 2,
                "with a hog, each IO waits for the hog's switch interval: p50 " + convoyP50 / 1e6 + " ms");
        assertTrue(freeP50 < convoyP50 / 5, "without a GIL the IO thread barely waits: p50 " + freeP50 / 1e6 + " ms");
        assertTrue(free.size() > 2 * convoy.size(), "so it does more IO: " + free.size() + " vs " + convoy.size());
    }
}
