package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Lang;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every command line the tour runs parses as concdemo's own command line would: the tour's
 * --time-scale goes only to a scenario that takes it (elsewhere it would be a usage error),
 * multiplied into the step's own; --lang to every command; --html to every scenario.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TourPlanTest {
    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    @Test
    void everyStepsCommandLinesParseWithTheTimeScaleOnlyWhereItIsTaken() {
        TourPlan plan = new TourPlan(new BigDecimal("0.5"), Lang.ZH, Path.of("book"));
        int scaled = 0;
        for (Tour.Step step : Tour.STEPS) {
            for (String command : step.commands()) {
                List<String> args = plan.args(step, command);
                String[] array = args.toArray(String[]::new);
                Main.commandLine(NOWHERE, NOWHERE, array).parseArgs(array); // a usage error throws
                boolean takes = !Tour.isExplain(command) && TourPlan.takesTimeScale(args.getFirst());
                assertEquals(takes, args.contains("--time-scale"), String.join(" ", args));
                scaled += takes ? 1 : 0;
                assertTrue(Collections.indexOfSubList(args, List.of("--lang", "zh")) > 0, command);
                assertEquals(!Tour.isExplain(command), args.contains("--html"), command);
            }
        }
        assertTrue(scaled >= 10, scaled + " command lines scaled");
        assertFalse(TourPlan.takesTimeScale("compare"), "compare has no sleeps to scale");
        assertTrue(TourPlan.takesTimeScale("deadlock"));
    }

    @Test
    void theToursScaleMultipliesAStepsOwnAndOneIsLeftUnsaid() {
        Tour.Step eight = Tour.STEPS.get(7);
        assertEquals(
                List.of("asyncio", "--time-scale", "0.1"),
                new TourPlan(new BigDecimal("0.5"), null, null).args(eight, "asyncio --time-scale 0.2"));
        assertEquals(List.of("vthreads"), new TourPlan(BigDecimal.ONE, null, null).args(eight, "vthreads"));
        assertEquals(
                List.of("explain", "sync-async"),
                new TourPlan(new BigDecimal("0.5"), null, Path.of("book")).args(eight, "explain sync-async"));
    }

    @Test
    void aRunsPageIsNamedByItsStepAndItsWords() {
        assertEquals("04-deadlock-fix-order.html", TourPlan.pageName(Tour.STEPS.get(3), "deadlock --fix order"));
        assertEquals("08-asyncio.html", TourPlan.pageName(Tour.STEPS.get(7), "asyncio --time-scale 0.2"));
        assertEquals(
                List.of(
                        "sched",
                        "--algo",
                        "all",
                        "--html",
                        Path.of("b", "11-sched-algo-all.html").toString()),
                new TourPlan(BigDecimal.ONE, null, Path.of("b")).args(Tour.STEPS.get(10), "sched --algo all"));
    }
}
