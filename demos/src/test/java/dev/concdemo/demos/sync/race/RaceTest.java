package dev.concdemo.demos.sync.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The race's claims: the unsafe decrement loses updates nearly always; the fixes never do. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RaceTest {
    private final CommandUnderTest cli = new CommandUnderTest(RaceDemo::new);

    @Test
    void theUnsafeDecrementLosesUpdatesInAtLeast95PercentOfRuns() throws InterruptedException {
        Map<Integer, Integer> outcomes =
                RaceTrials.outcomes(RaceTrials.variant(RaceTrials.Variant.UNSAFE, 100, Duration.ofMillis(10)), 10, 20);
        int correct = outcomes.getOrDefault(90, 0);
        assertTrue(correct <= 1, "at most 1 of 20 runs may be correct (95%), were " + correct + ": " + outcomes);
    }

    @ParameterizedTest
    @EnumSource(
            value = RaceTrials.Variant.class,
            names = {"LOCK", "ATOMIC"})
    void theFixesNeverLoseAnUpdateIn100Runs(RaceTrials.Variant fix) throws InterruptedException {
        Map<Integer, Integer> outcomes =
                RaceTrials.outcomes(RaceTrials.variant(fix, 100, Duration.ofMillis(1)), 10, 100);
        assertEquals(Map.of(90, 100), outcomes, fix + " must always end at 90");
    }

    @Test
    void noThreadOfARunIsLeftAlive() throws InterruptedException {
        RaceTrials.trial(RaceTrials.variant(RaceTrials.Variant.UNSAFE, 100, Duration.ofMillis(5)), 10);
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("race-") && t.isAlive()));
    }

    @Test
    void withPythonCPythonLosesWithTheSleepAndNeverUnderTheLock() throws Exception {
        Python3.required();
        JsonNode r = cli.json("--python", "--trials", "4", "--threads", "10", "--time-scale", "0.2", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        for (String run : List.of("pause", "noPause", "lock")) {
            JsonNode one = py.get(run); // the Java report's fields, with the Java run's numbers
            for (String field : List.of("threads", "start", "expected")) {
                assertEquals(r.get(field).asInt(), one.get(field).asInt(), run + "." + field);
            }
            assertTrue(one.has("outcomes") && one.has("lostUpdates") && one.has("pauseMs"), one.toString());
        }
        assertEquals(4, py.get("pause").get("trials").asInt());
        assertEquals(4, py.get("noPause").get("trials").asInt());
        assertEquals(
                CPythonRun.lockTrials(10, 4, Duration.ofMillis(20)),
                py.get("lock").get("trials").asInt());
        // 10 threads each read, sleep 20 ms, write: two that start within those 20 ms read the
        // same value, so every trial loses. How many overlap depends on how fast the machine
        // starts threads (a busy one starts them further apart): at least one update per trial.
        assertEquals(4, py.get("pause").get("trialsWithLostUpdates").asInt(), py.toString());
        assertTrue(py.get("pause").get("lostUpdates").asInt() >= 4, py.toString());
        assertEquals(0, py.get("lock").get("lostUpdates").asInt(), py.toString());
        if (py.get("build").asText().equals("gil") && py.get("version").asText().startsWith("3.11.")) {
            // 3.11 looks for a switch at a call or a backward jump, none inside ticket -= 1
            assertEquals(0, py.get("noPause").get("lostUpdates").asInt(), py.toString());
        }
    }

    @Test
    void withPythonTheSentenceSaysWhatWasMeasured() throws Exception {
        Python3.required();
        assertEquals(0, cli.run("--python", "--trials", "3", "--time-scale", "0.1", "--no-color"));
        String out = cli.out();
        String prose = out.replaceAll("\\s+", " "); // the sentences, unwrapped
        assertTrue(prose.contains("CPython 3."), out);
        assertTrue(prose.contains("With the 10 ms sleep between read and write both lost updates"), out);
        assertTrue(prose.contains("lost 0 in 3 trials: one thread at a time"), out);
        // what it says of the run without the sleep agrees with the table's row above it
        assertTrue(
                prose.contains("CPython ticket -= 1 3 0 0 90 x3")
                                && prose.matches(".*Without the sleep CPython 3\\.[0-9.]+ lost none of 30.*")
                        || prose.matches(".*Without the sleep CPython 3\\.[0-9.]+ lost [1-9][0-9]* of 30.*"),
                out);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
    }

    @Test
    void theJsonCountsTheOutcomes() throws Exception {
        JsonNode r = cli.json("--trials", "5", "--time-scale", "0.1", "--json");
        assertEquals(90, r.get("expected").asInt());
        assertEquals(5, r.get("trialsWithLostUpdates").asInt(), r.toString());
        int total = 0;
        for (JsonNode count : r.get("outcomes")) {
            total += count.asInt();
        }
        assertEquals(5, total);
    }

    @Test
    void thePauseIsCalledOursAndWithoutItTheSummarySaysWhatHappened() throws Exception {
        assertEquals(0, cli.run("--trials", "3", "--time-scale", "0.1", "--no-color"));
        assertTrue(cli.out().contains("pause 10 ms (ours, to widen the window)"), cli.out());
        assertFalse(cli.out().contains("seed's sleep"), cli.out());

        JsonNode r = cli.json("--no-pause", "--trials", "200", "--json");
        assertEquals(0.0, r.get("pauseMs").asDouble());
        assertEquals(200, r.get("trials").asInt());
        assertEquals(0, cli.run("--no-pause", "--trials", "50", "--no-color"));
        assertTrue(cli.out().contains("no pause (as the seed)"), cli.out());
        assertTrue(
                cli.out().contains("with no pause between read and"),
                "whether or not a trial lost the race, the summary says it ran without our pause: " + cli.out());
    }

    @Test
    void withoutThePauseTheFixesStillNeverLoseAnUpdate() throws InterruptedException {
        for (RaceTrials.Variant fix : List.of(RaceTrials.Variant.LOCK, RaceTrials.Variant.ATOMIC)) {
            Map<Integer, Integer> outcomes = RaceTrials.outcomes(RaceTrials.variant(fix, 100, Duration.ZERO), 10, 200);
            assertEquals(Map.of(90, 200), outcomes, fix.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=1", "--threads=201", "--trials=0", "--variant=maybe", "--time-scale=0"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }

    @Test
    void countsOfOneReadInTheSingular() {
        RaceReport one = new RaceReport("unsafe", 2, 100, 1, 98, java.util.Map.of(99, 1), 1, 1, 100, 200);
        String s = RaceSummary.closing(one).replace("\n", " ");
        assertTrue(s.startsWith("Updates were lost in 1 of 1 trial (1 decrement lost in all)."), s);
        RaceReport many = new RaceReport("unsafe", 10, 100, 20, 90, java.util.Map.of(99, 20), 20, 180, 100, 2000);
        String m = RaceSummary.closing(many).replace("\n", " ");
        assertTrue(m.startsWith("Updates were lost in 20 of 20 trials (180 decrements lost in all)."), m);
        RaceReport locked = new RaceReport("lock", 2, 100, 1, 98, java.util.Map.of(98, 1), 0, 0, 100, 300);
        assertTrue(
                RaceSummary.closing(locked).startsWith("No update was lost in 1 trial:"), RaceSummary.closing(locked));
    }
}
