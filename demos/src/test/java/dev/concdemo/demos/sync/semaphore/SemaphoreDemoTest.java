package dev.concdemo.demos.sync.semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SemaphoreDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(SemaphoreDemo::new);

    @RepeatedTest(3)
    void theMeasuredMaximumIsExactlyThePermitCount() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.01", "--json");
        assertEquals(5, r.get("maxInside").asInt(), "never more than 5, and 5 do get in: " + r);
        assertEquals(23, r.get("finished").asInt());
        assertTrue(r.get("elapsedMs").asLong() >= r.get("lowerBoundMs").asLong(), "they pass in waves: " + r);
    }

    @Test
    void onePermitIsAMutex() throws Exception {
        JsonNode r = cli.json("--permits", "1", "--threads", "6", "--time-scale", "0.005", "--json");
        assertEquals(1, r.get("maxInside").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--permits=0", "--permits=101", "--threads=0", "--threads=1001"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
