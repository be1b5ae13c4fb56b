package dev.concdemo.demos.sync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CollectionsDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(CollectionsDemo::new);

    @Test
    void unsynchronizedCollectionsLoseElementsTheConcurrentOnesNeverDo() throws Exception {
        for (int run = 0; run < 2; run++) {
            JsonNode r = cli.json("--json");
            assertEquals(5, r.get("rows").size());
            List<JsonNode> safe = new ArrayList<>();
            List<JsonNode> unsafe = new ArrayList<>();
            r.get("rows").forEach(row -> (row.get("threadSafe").asBoolean() ? safe : unsafe).add(row));
            assertEquals(3, safe.size(), "synchronizedList, ConcurrentHashMap, CopyOnWriteArrayList: " + r);
            assertEquals(2, unsafe.size(), "ArrayList, HashMap: " + r);
            for (JsonNode row : safe) {
                assertEquals(0, row.get("elementsLost").asLong(), row.toString());
                assertEquals(0, row.get("trialsThrew").asInt(), row.toString());
                assertEquals(0, row.get("trialsHung").asInt(), row.toString());
            }
            for (JsonNode row : unsafe) {
                int broken = row.get("trialsLost").asInt()
                        + row.get("trialsThrew").asInt()
                        + row.get("trialsHung").asInt();
                assertTrue(broken > 0, "threads adding at once break it in some of 20 trials: " + row);
            }
            JsonNode claims = r.get("claims");
            assertTrue(claims.get("claimedTwiceCheckThenAct").asLong() > 0, "check-then-act races: " + claims);
            assertEquals(0, claims.get("claimedTwicePutIfAbsent").asLong(), "putIfAbsent never does: " + claims);
        }
    }

    @Test
    void theSummarySaysWhyPythonCallsItsCollectionsSafe() {
        assertEquals(0, cli.run("--trials", "5", "--no-color"));
        assertTrue(cli.out().contains("under the\nGIL") || cli.out().contains("under the GIL"), cli.out());
        assertTrue(cli.out().contains("CopyOnWriteArrayList"), cli.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=1", "--threads=65", "--adds=10", "--trials=0", "--time-scale=1"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
