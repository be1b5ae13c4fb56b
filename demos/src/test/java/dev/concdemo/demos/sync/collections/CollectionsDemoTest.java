package dev.concdemo.demos.sync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Width;
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

    @Test
    void withPythonCPythonsListAndDictLoseNothingAndCheckThenActStillRaces() throws Exception {
        Python3.required();
        JsonNode r = cli.json("--python", "--threads", "4", "--adds", "2000", "--trials", "3", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertEquals(2, py.get("rows").size(), py.toString());
        for (JsonNode row : py.get("rows")) { // the Java rows' names, the Java run's numbers
            assertEquals(2000, row.get("addsPerThread").asInt(), row.toString());
            assertEquals(8000, row.get("expected").asInt(), row.toString());
            assertTrue(row.has("trialsLost") && row.has("elementsLost") && row.has("trialsThrew"), row.toString());
            if (py.get("build").asText().equals("gil")) {
                // one append or store is one step under the GIL: none lost
                assertEquals(0, row.get("elementsLost").asLong(), row.toString());
                assertEquals(8000, row.get("got").asInt(), row.toString());
            }
        }
        JsonNode claims = py.get("claims");
        assertEquals(r.get("claims").get("keys").asInt(), claims.get("keys").asInt());
        // setdefault checks and stores in one call: never a key for two
        assertEquals(0, claims.get("claimedTwicePutIfAbsent").asLong(), claims.toString());
        // by construction: time.sleep(0) between check and store lets the other threads check too
        assertTrue(claims.get("claimedTwiceCheckYieldThenAct").asLong() > 0, claims.toString());

        assertEquals(0, cli.run("--python", "--threads", "4", "--adds", "2000", "--trials", "3", "--no-color"));
        String out = cli.out();
        String prose = out.replaceAll("\\s+", " "); // tables and sentences, unwrapped
        assertTrue(prose.contains("CPython 3."), out);
        // the sentences say what the table above them shows
        long lost = prose.contains("CPython list.append 4 x 2,000 8,000 8,000 0 0")
                        && prose.contains("CPython dict[k] = v 4 x 2,000 8,000 8,000 0 0")
                ? 0
                : -1;
        assertTrue(
                lost == 0
                        ? prose.contains("by 4 threads at once lost 0 elements in 3 trials")
                        : prose.matches(".*by 4 threads at once lost [1-9][0-9,]* elements in 3 trials.*"),
                out);
        assertTrue(prose.contains("d.setdefault, one step, 0."), out);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=1", "--threads=65", "--adds=10", "--trials=0", "--time-scale=1"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
