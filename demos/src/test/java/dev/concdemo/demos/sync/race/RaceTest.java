package dev.concdemo.demos.sync.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
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
