package dev.concdemo.demos.sync.barrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BarrierDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(BarrierDemo::new);

    @Test
    void runnersArriveApartAndStartTogetherOnEveryLap() throws Exception {
        JsonNode r = cli.json("--runners", "5", "--laps", "3", "--seed", "4", "--time-scale", "0.2", "--json");
        assertEquals(3, r.get("laps").size());
        for (JsonNode lap : r.get("laps")) {
            double arrivals = lap.get("arrivalSpreadMs").asDouble();
            double starts = lap.get("releaseSpreadMs").asDouble();
            assertTrue(arrivals > 30, "random arrivals over 0.1-0.4 s: " + lap);
            assertTrue(starts < arrivals / 3, "released together, not as they came: " + lap);
        }
    }
}
