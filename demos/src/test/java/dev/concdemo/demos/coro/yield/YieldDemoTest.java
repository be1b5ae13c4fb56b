package dev.concdemo.demos.coro.yield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class YieldDemoTest {
    @Test
    void generatorsTakeTurnsOnOneThreadASwitchCostsMoreThanACallAndABlockingConsumerAddsUp() throws Exception {
        JsonNode r = new CommandUnderTest(YieldDemo::new).json("--time-scale", "0.25", "--items", "200000", "--json");
        List<String> printed = new ArrayList<>();
        r.get("printed").forEach(p -> printed.add(p.asText()));
        assertEquals(List.of("1", "2", "3", "4"), printed);
        double call = r.get("callNs").asDouble();
        double send = r.get("generatorNs").asDouble();
        double platform = r.get("platformThreadNs").asDouble();
        assertTrue(send > call, "a switch costs more than a call: " + r);
        // Each hand-off between virtual threads parks one and resumes the other, a continuation
        // switch and the scheduler's queue besides: more than a send, as the summary says.
        assertTrue(r.get("virtualThreadNs").asDouble() > send, "threads taking turns cost more than a switch: " + r);
        assertTrue(platform > send, "an OS context switch costs more than a continuation switch: " + r);
        long sleep = r.get("sleepMs").asLong(); // the seed's 2 s at 0.25
        List<Long> at = new ArrayList<>();
        r.get("producedAtMs").forEach(t -> at.add(t.asLong()));
        for (int i = 1; i < at.size(); i++) {
            assertTrue(at.get(i) - at.get(i - 1) >= 0.95 * sleep, "one item per sleep: " + at);
        }
        assertTrue(r.get("sleepingTotalMs").asDouble() >= 0.95 * 5 * sleep, "five sleeps add up: " + r);
    }
}
