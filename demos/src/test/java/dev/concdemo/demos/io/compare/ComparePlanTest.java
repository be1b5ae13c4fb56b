package dev.concdemo.demos.io.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The time compare announces is summed from the phases it runs, the process model's child JVMs included. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ComparePlanTest {
    private static ComparePlan quick(int cores) {
        return new ComparePlan(
                Arrays.asList(Model.values()), Duration.ofMillis(500), 1000, 0, Service.FIB, false, cores);
    }

    @Test
    void theEstimateIsEveryPhaseOfEveryModel() {
        ComparePlan plan = quick(2);
        Duration sum = Duration.ZERO;
        for (Model m : plan.models()) {
            List<String> names =
                    plan.phases(m).stream().map(ComparePlan.Phase::name).toList();
            assertTrue(names.containsAll(List.of("server start", "warm-up")), names.toString());
            for (ComparePlan.Load load : plan.loads()) {
                assertTrue(names.contains(load.name()), m + " runs every load: " + names);
            }
            assertEquals(m != Model.SYNC, names.contains("idle connections"), m + ": " + names);
            for (ComparePlan.Phase p : plan.phases(m)) {
                sum = sum.plus(p.about());
            }
        }
        assertEquals(sum, plan.estimate());
        assertEquals(
                List.of("1c", "8c", "heavy", "hog"),
                plan.loads().stream().map(ComparePlan.Load::name).toList());
    }

    @Test
    void theProcessModelsPhasesWaitForAChildJvmPerNewConnection() {
        ComparePlan plan = quick(2);
        Duration start = ComparePlan.CHILD_START;
        // 8 new connections on 2 cores: four rounds of child starts, longer than the 0.5 s window
        assertEquals(start.multipliedBy(4), phase(plan, Model.PROCESS, "8c"));
        assertEquals(plan.window(), phase(plan, Model.NIO, "8c"));
        // its idle connections are child JVMs too: 8 in the quick run, 64 with --full
        assertEquals(ComparePlan.PROCESS_IDLE_QUICK, plan.idleFor(Model.PROCESS));
        assertEquals(
                Duration.ofMillis(500 + 8).plus(start.multipliedBy(4)), phase(plan, Model.PROCESS, "idle connections"));
        ComparePlan full =
                new ComparePlan(List.of(Model.PROCESS), Duration.ofSeconds(5), 5000, 0, Service.FIB, true, 2);
        assertEquals(Model.PROCESS.servesAtMost(), full.idleFor(Model.PROCESS));
        assertEquals(0, plan.idleFor(Model.SYNC));
        assertEquals(1000, plan.idleFor(Model.THREADS));
        assertTrue(plan.estimate(Model.PROCESS).compareTo(plan.estimate(Model.NIO)) > 0);
    }

    @Test
    void theEchoHasNoHogLoad() {
        ComparePlan upper =
                new ComparePlan(List.of(Model.NIO), Duration.ofMillis(500), 1000, 0, Service.UPPER, false, 2);
        assertEquals(
                List.of("1c", "8c", "heavy"),
                upper.loads().stream().map(ComparePlan.Load::name).toList());
    }

    private static Duration phase(ComparePlan plan, Model m, String name) {
        return plan.phases(m).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .about();
    }
}
