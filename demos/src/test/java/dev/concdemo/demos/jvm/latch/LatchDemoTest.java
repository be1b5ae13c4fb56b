package dev.concdemo.demos.jvm.latch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LatchDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(LatchDemo::new);

    private JsonNode run(String seed) throws Exception {
        return cli.json("--runners", "6", "--seed", seed, "--time-scale", "0.3", "--json");
    }

    @Test
    void theStartGateReleasesEveryoneTogetherOnlyAfterItsCountDown() throws Exception {
        double arrivals = 0;
        double releases = 0;
        for (String seed : new String[] {"1", "2"}) {
            JsonNode r = run(seed);
            assertEquals(6, r.get("runners").asInt());
            // Causal: a runner that got through found main's "opened" flag, set before the countDown.
            assertEquals(0, r.get("passedBeforeCountDown").asInt(), "nobody before the countDown: " + r);
            assertTrue(r.get("countDownToFirstPassMs").asDouble() >= 0, "first through after the countDown: " + r);
            assertTrue(r.get("arrivalSpreadMs").asDouble() > 20, "warm-ups of 60-360 ms apart: " + r);
            arrivals += r.get("arrivalSpreadMs").asDouble();
            releases += r.get("releaseSpreadMs").asDouble();
        }
        // Summed over two runs (hundreds of ms of arrival spread), a stalled wake-up does not close the gap.
        assertTrue(releases < arrivals / 2, "released together: " + releases + " ms vs arrivals " + arrivals);
    }

    @Test
    void theEndGateOpensOnlyAfterTheLastCountDownAndThenStaysOpen() throws Exception {
        JsonNode r = run("3");
        // Causal: every runner counted itself finished before its countDown; main woke to find all of them.
        assertEquals(6, r.get("finishedAtWake").asInt(), "woke after the last countDown: " + r);
        assertTrue(r.get("endGateWakeMs").asDouble() >= 0, "woke after the last countDown's time: " + r);
        assertTrue(r.get("finishSpreadMs").asDouble() > 0, r.toString());
        // At zero, a countDown does nothing.
        assertEquals(0, r.get("countAfterExtraCountDown").asLong(), r.toString());
        // A second await on a latch at zero, with every runner ended and no countDown meanwhile: it cannot
        // have been opened again, it was open; and it took less than the first, which blocked.
        assertEquals(0, r.get("countBeforeSecondAwait").asLong(), r.toString());
        assertEquals(0, r.get("countDownsDuringSecondAwait").asInt(), r.toString());
        assertFalse(r.get("reusable").asBoolean(), r.toString());
        assertTrue(
                r.get("secondAwaitMs").asDouble() < r.get("endGateWaitMs").asDouble(),
                "the second await did not block like the first: " + r);
    }

    @Test
    void theSummarySaysWhatHappened() {
        assertEquals(0, cli.run("--runners", "3", "--seed", "5", "--time-scale", "0.1"), cli.err());
        String out = cli.out().replaceAll("\\s+", " "); // the summary is filled to the width
        assertTrue(out.contains("None got through before the countDown."), out);
        assertTrue(out.contains("with 3 of 3 runners finished"), out);
        assertTrue(out.contains("did nothing: getCount() = 0."), out);
        assertTrue(out.contains("a latch cannot be reused"), out);
        assertTrue(out.contains("no latch"), out);
    }

    @Test
    void badInputIsAUsageErrorExit2() {
        for (String[] args : new String[][] {{"--runners", "1"}, {"--runners", "101"}, {"--runners", "x"}}) {
            assertEquals(2, cli.run(args), String.join(" ", args));
            assertTrue(cli.err().lines().findFirst().orElse("").contains("--runners"), cli.err());
            assertTrue(cli.out().isEmpty(), cli.out());
        }
    }
}
