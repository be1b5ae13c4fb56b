package dev.concdemo.demos.coro.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Patched sleeps overlap, unpatched ones on one carrier add up; never preempted; parallel carriers lose updates. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VthreadsDemoTest {
    @Test
    void sleepsOverlapUnlessTheyAreCallsIntoCOnOneCarrierAndVirtualThreadsAreNeitherPreemptedNorLockFree()
            throws Exception {
        JsonNode r = new CommandUnderTest(VthreadsDemo::new).json("--time-scale", "0.5", "--tasks", "2000", "--json");
        double f1 = VthreadsDemo.FUNC1.toMillis() * 0.5;
        double f2 = VthreadsDemo.FUNC2.toMillis() * 0.5; // the seed's 2 s and 3 s at --time-scale 0.5
        long hog = VthreadsDemo.HOG.toMillis() / 2;
        assertEquals(3, r.get("g1Value").asInt(), "g1.value: func1's a + b, through its future");
        assertTrue(
                r.get("taskThread").asText().startsWith("VirtualThread["),
                r.get("taskThread").asText());
        // Overlapped: the longer sleep, well under the sum (2.5 s); unpatched on one carrier the
        // sleeps hold it, one after the other: at least the sum (causal, whatever the load).
        assertTrue(r.get("joinallMs").asDouble() < 0.9 * (f1 + f2), "overlapped here: " + r);
        assertTrue(r.get("oneCarrierPatchedMs").asDouble() < 0.9 * (f1 + f2), "and on one carrier: " + r);
        assertTrue(
                r.get("oneCarrierUnpatchedMs").asDouble() >= 0.95 * (f1 + f2), "unpatched, one after the other: " + r);
        assertTrue(r.get("carriersUsed").asInt() <= r.get("carriersHere").asInt(), "few OS threads: " + r);
        // Never preempted: the ticker's sleep was pending when the hog took the only carrier, so
        // it ended no sooner than the hog's end, a tick of it at most early (causal, whatever the load).
        long starvedOne = r.get("starvedOneCarrierMs").asLong();
        assertTrue(
                starvedOne >= hog - Gevent.TICK.toMillis() - 1,
                "the hog (%d ms) held the only carrier: %s".formatted(hog, r));
        long expected = 2L * r.get("increments").asLong() * r.get("rounds").asLong();
        assertEquals(expected, r.get("countOneCarrier").asLong(), "one carrier, never preempted: nothing lost");
        // Parallel carriers may lose updates, but need not (on a busy machine the two carriers
        // may never run at once): no update is ever invented, and the summary branches on the count.
        assertTrue(r.get("countHere").asLong() <= expected, "never more than were made: " + r);
        // What greenlets cannot do, claimed only where this JVM has a second carrier.
        assumeTrue(r.get("carriersHere").asInt() >= 2, "one carrier here: the ticker shares it with the hog");
        assertTrue(r.get("starvedHereMs").asDouble() < starvedOne / 2, "other carriers kept the ticker going: " + r);
    }

    @Test
    void theSummaryNamesTheNotesSleepsAndTheScaledOnesAndCallsNeverPreemptedALikenessWithGevent() {
        Texts en = Texts.of(VthreadsDemo.class, Lang.EN);
        assertEquals(
                "2 s and 3 s in the notes; 0.40 s and 0.60 s here at --time-scale 0.2",
                VthreadsSummary.sleeps(en, 0.2));
        assertEquals("2 s and 3 s, as in the notes", VthreadsSummary.sleeps(en, 1.0));
        assertEquals(
                "笔记 002 里是 2 秒和 3 秒；这里在 --time-scale 0.5 下是 1.00 秒和 1.50 秒",
                VthreadsSummary.sleeps(Texts.of(VthreadsDemo.class, Lang.ZH), 0.5));

        String starved = VthreadsSummary.starvation(en, report(2, 3.0, 990), 1000);
        assertTrue(
                starved.startsWith("Like gevent's greenlets, a CPU-bound virtual thread is never preempted"), starved);
        assertTrue(starved.contains("Unlike greenlets"), "the difference: other carriers run on: " + starved);
        String oneCore = VthreadsSummary.starvation(en, report(1, 980.0, 990), 1000);
        assertFalse(oneCore.contains("Unlike greenlets"), "one carrier here shows no difference: " + oneCore);
        assertFalse(VthreadsSummary.race(en, report(2, 3.0, 990)).contains("differences"), "no invented difference");
    }

    /** A report with what the summary's step 4 and 5 sentences read; 40 of 100 updates lost here. */
    private static VthreadsReport report(int carriersHere, double starvedHereMs, long starvedOneCarrierMs) {
        return new VthreadsReport(
                "main",
                "VirtualThread[#1]",
                3,
                3000,
                3000,
                5000,
                10,
                1000,
                2,
                20,
                carriersHere,
                starvedHereMs,
                starvedOneCarrierMs,
                10,
                5,
                60,
                100);
    }
}
