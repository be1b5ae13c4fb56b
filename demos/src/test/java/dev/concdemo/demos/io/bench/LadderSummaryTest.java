package dev.concdemo.demos.io.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.server.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** latency's ladder summary says what the measured ratios say, and only that. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LadderSummaryTest {
    /** Steps of 1..3 clients: p50s in ms for the JVM, then under the GIL (null: no GIL run). */
    private static BenchReport report(int cores, double load, double[] jvm, double[] gil) {
        List<BenchReport.Step> steps = new ArrayList<>();
        for (int i = 0; i < jvm.length; i++) {
            steps.add(new BenchReport.Step("threads", false, i + 1, 100, 1, jvm[i], jvm[i], jvm[i], jvm[i] / jvm[0]));
        }
        for (int i = 0; gil != null && i < gil.length; i++) {
            steps.add(new BenchReport.Step(
                    "threads + simulated GIL", true, i + 1, 100, 1, gil[i], gil[i], gil[i], gil[i] / gil[0]));
        }
        return new BenchReport(
                "latency",
                "threads",
                jvm.length,
                "fib",
                35,
                false,
                1,
                100,
                100,
                0,
                0,
                null,
                List.of(),
                200,
                List.of(),
                List.of(),
                null,
                0,
                steps,
                cores,
                load);
    }

    @Test
    void theNotesLadderUnderTheGilAndAFlatJvmWithinItsCores() {
        String p = new LadderSummary(
                        report(2, 0.5, new double[] {10, 10.5, 15}, new double[] {10, 20, 30}),
                        Model.Kind.THREAD_EACH,
                        null)
                .paragraph();
        assertTrue(p.contains("took at most ×1.05 its time alone with up to 2 clients"), p);
        assertTrue(p.contains("With 3 clients on 2 cores it took ×1.50"), p);
        assertTrue(p.contains("with 2, 3 clients a request took ×2.00, ×3.00 its time alone, about as many times"), p);
        assertTrue(
                p.contains("With 3 clients a request under the GIL took ×2.00 as long as on the JVM's threads"
                        + " (30.000 ms against 15.000 ms)"),
                p);
    }

    @Test
    void whatWasNotMeasuredIsNotClaimed() {
        String p = new LadderSummary(
                        report(4, 9.0, new double[] {10, 20}, new double[] {10, 11}), Model.Kind.THREAD_EACH, null)
                .paragraph();
        assertTrue(p.contains("took ×2.00 its time alone with 2 clients, though this machine has 4 cores"), p);
        assertTrue(p.contains("load average of 9.0"), p);
        assertFalse(p.contains("about as many times"), "×1.10 under the GIL is not ×2: " + p);
        assertTrue(p.contains("here, with 2 clients, it took ×1.10 its time alone"), p);
        assertFalse(p.contains("past the cores"), "2 clients on 4 cores: " + p);

        String noGil = new LadderSummary(
                        report(2, 0.5, new double[] {10, 10}, null),
                        Model.Kind.PROCESS_POOL,
                        new LadderSummary.NoGil("children", "procs"))
                .paragraph();
        assertTrue(noGil.contains("procs computes fib in child JVMs"), noGil);
        assertFalse(noGil.contains("Under the simulated GIL"), noGil);

        String oneCore = new LadderSummary(report(1, 0.5, new double[] {10, 20}, null), Model.Kind.THREAD_EACH, null)
                .paragraph();
        assertTrue(oneCore.contains("With 2 clients on 1 core it took ×2.00"), oneCore);

        String loop = new LadderSummary(
                        report(2, 0.5, new double[] {10, 20}, null),
                        Model.Kind.ONE_THREAD,
                        new LadderSummary.NoGil("oneThread", "nio"))
                .paragraph();
        assertTrue(loop.contains("computes every request on one thread, GIL or no GIL: with 2 clients"), loop);
        assertFalse(loop.contains("the JVM has no GIL"), "one thread is not the JVM's threads: " + loop);
    }
}
