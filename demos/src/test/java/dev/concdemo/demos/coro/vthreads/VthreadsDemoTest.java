package dev.concdemo.demos.coro.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
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
        double f1 = 1000;
        double f2 = 1500; // the seed's 2 s and 3 s at --time-scale 0.5
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
        double starvedOne = r.get("starvedOneCarrierMs").asDouble();
        assertTrue(starvedOne >= 0.7 * 500, "the hog (0.5 s) held the only carrier: " + r);
        assertTrue(r.get("starvedHereMs").asDouble() < starvedOne / 2, "other carriers kept the ticker going: " + r);
        long expected = 2L * r.get("increments").asLong() * r.get("rounds").asLong();
        assertEquals(expected, r.get("countOneCarrier").asLong(), "one carrier, never preempted: nothing lost");
        if (r.get("carriersHere").asInt() >= 2) { // the build machine has 2 cores
            assertTrue(r.get("countHere").asLong() < expected, "parallel carriers lose updates: " + r);
        }
    }
}
