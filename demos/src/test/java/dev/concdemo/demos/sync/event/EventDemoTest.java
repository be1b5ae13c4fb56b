package dev.concdemo.demos.sync.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(EventDemo::new);

    @Test
    void theSameSeedGivesTheSameRun() throws Exception {
        JsonNode first = cli.json("--seed", "7", "--time-scale", "0.05", "--json");
        JsonNode second = cli.json("--seed", "7", "--time-scale", "0.05", "--json");
        assertEquals(first.get("checkerDelaySeconds"), second.get("checkerDelaySeconds"));
        assertEquals(first.get("waiters"), second.get("waiters"), "same attempts, same outcome");
    }

    @Test
    void withTheSeedsNumbersBothWaitersTimeOutAfterThreeAttempts() throws Exception {
        Set<Integer> delays = new HashSet<>();
        for (int seed = 1; seed <= 8; seed++) {
            JsonNode r = cli.json("--seed", Integer.toString(seed), "--time-scale", "0.05", "--json");
            delays.add(r.get("checkerDelaySeconds").asInt());
            for (JsonNode waiter : r.get("waiters")) {
                assertEquals(3, waiter.get("attempts").asInt(), r.toString());
                assertTrue(!waiter.get("connected").asBoolean(), "3 x 0.5 s < 2 s: " + r);
            }
        }
        assertTrue(delays.stream().allMatch(d -> d >= 2 && d <= 4), "random.randint(2, 4): " + delays);
    }

    @Test
    void enoughTriesSeeTheEvent() throws Exception {
        JsonNode r = cli.json("--seed", "3", "--tries", "10", "--time-scale", "0.05", "--json");
        for (JsonNode waiter : r.get("waiters")) {
            assertTrue(waiter.get("connected").asBoolean(), r.toString());
            assertTrue(
                    waiter.get("attempts").asInt()
                            >= 2 * r.get("checkerDelaySeconds").asInt() - 1,
                    r.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tries=0", "--tries=101", "--seed=x"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
    }
}
