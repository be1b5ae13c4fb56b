package dev.concdemo.demos.sync.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.time.Duration;
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

    @ParameterizedTest
    @ValueSource(strings = {"--threads=1", "--threads=201", "--trials=0", "--variant=maybe", "--time-scale=0"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
