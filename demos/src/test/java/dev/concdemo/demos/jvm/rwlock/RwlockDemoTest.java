package dev.concdemo.demos.jvm.rwlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RwlockDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(RwlockDemo::new);

    @Test
    void readersOverlapWritersAreAloneTheUpgradeIsBrokenAndOptimisticReadsAreNeverTorn() throws Exception {
        JsonNode r = cli.json("--readers", "3", "--time-scale", "0.3", "--json");
        for (String field :
                List.of("maxReadersInside", "writerAloneAlways", "writerWaitMs", "optimisticRetries", "upgrade")) {
            assertTrue(r.has(field), field + " in " + r);
        }
        assertTrue(r.get("writerWaitMs").has("nonFair") && r.get("writerWaitMs").has("fair"), r.toString());
        assertTrue(r.get("writerWaitMs").get("nonFair").asDouble() >= 0, r.toString());
        assertTrue(r.get("writerWaitMs").get("fair").asDouble() >= 0, r.toString());

        // The readers meet inside the read lock: they can only pass the barrier if all are in.
        assertTrue(r.get("maxReadersInside").asInt() >= 2, r.toString());
        assertTrue(r.get("writes").asLong() > 0, r.toString());
        assertTrue(r.get("writerAloneAlways").asBoolean(), r.toString());
        assertEquals(0, r.get("writesNotAlone").asLong(), r.toString());
        assertEquals(0, r.get("readsBesideAWriter").asLong(), r.toString());

        assertTrue(r.get("downgradeWorked").asBoolean(), "write -> read keeps the read lock alone: " + r);
        assertTrue(r.get("readerBesideDowngrade").asBoolean(), "others read beside the downgraded: " + r);

        JsonNode up = r.get("upgrade");
        assertTrue(up.get("detected").asBoolean(), "the watchdog saw the upgrader wait for itself: " + up);
        assertTrue(up.get("brokenByInterrupt").asBoolean(), "lockInterruptibly ended by the interrupt: " + up);
        assertFalse(up.get("jvmDeadlockDetectorSawIt").asBoolean(), "a read lock has no owner to follow: " + up);
        assertTrue(up.get("endedAfterMs").asDouble() < Upgrade.LOOK_FOR.toMillis(), "bounded: " + up);

        assertTrue(r.get("retryShown").asBoolean(), "a write between x and y fails validation: " + r);
        assertTrue(r.get("optimisticRetries").asLong() >= 1, r.toString());
        assertTrue(r.get("tornCaught").asLong() >= 1, "the shown case read x = 0, y = 1: " + r);
        assertTrue(r.get("optimisticReads").asLong() > 0, r.toString());
        assertEquals(0, r.get("inconsistentResults").asLong(), "validation let no torn pair through: " + r);
    }

    @Test
    void theNarrationShowsEveryPartAndTheSummarySaysWhatPythonLacks() {
        assertEquals(0, cli.run("--readers", "2", "--time-scale", "0.2"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("read lock taken: 2 reader(s) inside"), out);
        assertTrue(out.contains("findDeadlockedThreads"), out);
        assertTrue(out.contains("validate: false (a write came between)"), out);
        assertTrue(out.contains("Python's threading has no read-write lock"), out);
    }

    @Test
    void theStarvationVerdictFollowsTheFigures() {
        RwlockReport neither = report(new RwlockReport.ByLock(5, 6), new RwlockReport.CountByLock(0, 0));
        String text = RwlockSummary.paragraphs(neither).get(1);
        assertTrue(text.contains("Neither lock starved it"), text);
        assertTrue(text.contains("The non-fair lock's median was 1.00 ms shorter here."), text);

        RwlockReport nonFairOnly = report(new RwlockReport.ByLock(45, 6), new RwlockReport.CountByLock(0, 0));
        text = RwlockSummary.paragraphs(nonFairOnly).get(1);
        assertTrue(text.contains("The non-fair lock kept the writer waiting longer"), text);
        assertTrue(text.contains("The fair lock's median was 39.00 ms shorter here."), text);

        RwlockReport passed = report(new RwlockReport.ByLock(5, 6), new RwlockReport.CountByLock(0, 0), 3);
        text = RwlockSummary.paragraphs(passed).get(1);
        assertTrue(text.contains("though with the non-fair lock some readers got in while it was queued"), text);
        assertFalse(text.contains("readerShouldBlock"), "the heuristic is not claimed when readers passed: " + text);

        RwlockReport gaveUp = report(new RwlockReport.ByLock(5, 6), new RwlockReport.CountByLock(0, 1));
        text = RwlockSummary.paragraphs(gaveUp).get(1);
        assertTrue(text.contains("The fair lock kept the writer waiting longer"), text);
    }

    @Test
    void tooFewReadersIsAUsageError() {
        assertEquals(2, cli.run("--readers", "1"));
        assertEquals(2, cli.run("--readers", "17"));
    }

    /** A report with the given medians (as the longest waits too) and write attempts given up; hold 20 ms. */
    private static RwlockReport report(RwlockReport.ByLock waits, RwlockReport.CountByLock gaveUp) {
        return report(waits, gaveUp, 0);
    }

    /** The same, with {@code passed} reads past the queued writer with the non-fair lock. */
    private static RwlockReport report(RwlockReport.ByLock waits, RwlockReport.CountByLock gaveUp, long passed) {
        return new RwlockReport(
                4,
                4,
                10,
                true,
                0,
                0,
                20,
                waits,
                waits,
                new RwlockReport.CountByLock(passed, 0),
                gaveUp,
                true,
                true,
                new RwlockReport.UpgradeDeadlock(true, 1, 2, false, true, 3),
                100,
                1,
                1,
                0,
                0,
                50,
                true);
    }
}
