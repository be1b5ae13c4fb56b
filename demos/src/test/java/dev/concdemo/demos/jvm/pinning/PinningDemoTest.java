package dev.concdemo.demos.jvm.pinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PinningDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(PinningDemo::new);

    @Test
    void synchronizedDoesNotPinButNativeDoes() throws Exception {
        JsonNode r = cli.json("--tasks", "40", "--block-ms", "25", "--json");
        JsonNode sync = r.get("rows").get(0);
        JsonNode nat = r.get("rows").get(1);
        assertEquals("synchronized", sync.get("where").asText());
        assertEquals("native", nat.get("where").asText());
        assertEquals(2, nat.get("carriers").asInt());
        assertEquals(40, nat.get("tasks").asInt());
        assertEquals(0, sync.get("pinnedEvents").asLong());
        assertTrue(nat.get("pinnedEvents").asLong() >= 1);
        // causal lower bound: 40 tasks, 2 at a time, each holding its carrier 25 ms
        assertTrue(nat.get("ms").asLong() >= 40 / 2 * 25, nat.toString());
    }
}
