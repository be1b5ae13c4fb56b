package dev.concdemo.demos.sync.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.HashSet;
import java.util.List;
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
        assertEquals(first.get("seedDelaySeconds"), second.get("seedDelaySeconds"));
        assertEquals(first.get("waiters"), second.get("waiters"), "same attempts, same outcome");
    }

    @Test
    void withTheSeedsNumbersBothWaitersTimeOutAfterThreeAttempts() throws Exception {
        Set<Integer> delays = new HashSet<>();
        for (int seed = 1; seed <= 8; seed++) {
            JsonNode r = cli.json("--seed", Integer.toString(seed), "--time-scale", "0.05", "--json");
            delays.add(r.get("seedDelaySeconds").asInt());
            for (JsonNode waiter : r.get("waiters")) {
                // Whatever the timing, a waiter never tries more than its tries.
                assertTrue(waiter.get("attempts").asInt() <= 3, r.toString());
            }
        }
        assertTrue(delays.stream().allMatch(d -> d >= 2 && d <= 4), "random.randint(2, 4): " + delays);
        // Unscaled, seed 1's 2 s (the shortest delay) against 3 x 0.5 s of tries: a 0.5 s margin, which
        // a busy machine keeps where 0.05's 25 ms does not.
        JsonNode r = cli.json("--seed", "1", "--json");
        assertEquals(2, r.get("seedDelaySeconds").asInt(), r.toString());
        for (JsonNode waiter : r.get("waiters")) {
            assertEquals(3, waiter.get("attempts").asInt(), r.toString());
            assertTrue(!waiter.get("connected").asBoolean(), "3 x 0.5 s < 2 s: " + r);
        }
    }

    @Test
    void enoughTriesSeeTheEvent() throws Exception {
        // 100 tries of 25 ms (2.5 s) against 0.2 s: the event comes long before the tries run out.
        JsonNode r = cli.json("--seed", "3", "--tries", "100", "--time-scale", "0.05", "--json");
        for (JsonNode waiter : r.get("waiters")) {
            assertTrue(waiter.get("connected").asBoolean(), r.toString());
            // How many attempts it took depends on when each thread ran; only that they did not run out.
            assertTrue(waiter.get("attempts").asInt() < 100, r.toString());
        }
    }

    @Test
    void everyDurationIsTheRealOneAndTheEventIsToldBeforeWhatItCauses() throws Exception {
        JsonNode r = cli.json("--seed", "3", "--tries", "100", "--time-scale", "0.05", "--json");
        assertEquals(
                r.get("seedDelaySeconds").asDouble() * 0.05,
                r.get("checkerDelaySeconds").asDouble(),
                1e-9);
        assertEquals(0.5 * 0.05, r.get("retryEverySeconds").asDouble(), 1e-9);

        assertEquals(0, cli.run("--seed", "3", "--tries", "100", "--time-scale", "0.05", "--no-color"));
        List<String> lines = cli.out().lines().toList();
        assertTrue(
                lines.getFirst().contains("after 0.100 s (the seed's 2 s, scaled)")
                        || lines.getFirst().contains("the seed's 3 s")
                        || lines.getFirst().contains("the seed's 4 s"),
                "the header gives the real delay: " + lines.getFirst());
        int set = indexOf(lines, "event.set()");
        assertTrue(set >= 0 && set < indexOf(lines, "connected"), "set before connected: " + cli.out());
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tries=0", "--tries=101", "--seed=x"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
    }

    @Test
    void oneTryIsOneAndOnlyTheNotesNumbersAreCalledTheNotesOutcome() {
        assertEquals(0, cli.run("--seed", "7", "--tries", "1", "--time-scale", "0.05", "--no-color"), cli.err());
        String one = cli.out().replace("\n", " ");
        assertTrue(one.contains("Neither waiter saw the event: 1 try x"), one);
        assertTrue(one.contains("try every 0.025 s, 1 time ("), one);
        assertTrue(one.contains("Try more --tries.") && !one.contains("the notes' own outcome"), one);
        assertEquals(0, cli.run("--seed", "7", "--time-scale", "0.05", "--no-color"), cli.err());
        String three = cli.out().replace("\n", " ");
        assertTrue(three.contains("Neither waiter saw the event: 3 tries x"), three);
        assertTrue(three.contains("the notes' own outcome with their numbers (3 tries)"), three);
    }
}
