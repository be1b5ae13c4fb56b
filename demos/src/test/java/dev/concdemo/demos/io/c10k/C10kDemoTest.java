package dev.concdemo.demos.io.c10k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** c10k at a small scale: a thread per connection pays a thread and its stack each; the event loop neither. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class C10kDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(C10kDemo::new);

    @Test
    void threadsPayAThreadAndItsMemoryPerIdleConnectionWhereNioHoldsThemOnOneThread() throws Exception {
        JsonNode r = cli.json("--models", "threads,nio", "--steps", "500,2000", "--probes", "200", "--json");
        JsonNode threads = r.get("models").get(0);
        JsonNode nio = r.get("models").get(1);
        assertEquals("threads", threads.get("model").asText());
        for (JsonNode m : r.get("models")) {
            assertTrue(m.get("stoppedAt").isNull(), "held every step: " + m);
            assertEquals(3, m.get("steps").size(), "0 is added as the baseline: " + m);
            for (JsonNode s : m.get("steps")) {
                assertTrue(s.get("p99Ms").asDouble() > 0
                        && s.get("p99Ms").asDouble() >= s.get("p50Ms").asDouble());
            }
        }
        JsonNode threadsTop = threads.get("steps").get(2);
        JsonNode nioTop = nio.get("steps").get(2);
        assertEquals(2000, threadsTop.get("connections").asInt());
        assertTrue(threadsTop.get("threads").asLong() >= 2000, "a thread each: " + threadsTop);
        assertTrue(nioTop.get("threads").asLong() <= 2, "one loop for all: " + nioTop);
        assertTrue(
                threadsTop.get("rssKbPerConnection").asDouble()
                        > 3 * nioTop.get("rssKbPerConnection").asDouble(),
                "a thread's stack costs memory an event loop does not pay: " + threadsTop + " vs " + nioTop);
        assertTrue(nioTop.get("heapKbPerConnection").asDouble() < 10, "a channel, a key, a buffer: " + nioTop);
        assertEquals(2, cli.run("--models", "sync"), "sync cannot hold idle connections: " + cli.err());
    }
}
