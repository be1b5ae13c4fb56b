package dev.concdemo.demos.sync.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's figure: a histogram of updates lost per run, its counts adding up to the trials. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RaceFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(RaceDemo::new);

    @Test
    void theHistogramCountsEveryRunOnceInEnglishAndChinese() throws Exception {
        RaceReport r = report("--trials", "6", "--threads", "8", "--time-scale", "0.2", "--json");
        for (Lang lang : Lang.values()) {
            Bars bars = (Bars) ScopedValue.where(Texts.LANG, lang)
                    .call(() -> RaceFigures.of(r, null))
                    .getFirst();
            assertFalse(bars.title().isBlank(), lang.name());
            assertFalse(bars.caption().isBlank(), lang.name());
            assertEquals(1, bars.series().size(), "one variant per run");
            Bars.Series runs = bars.series().getFirst();
            assertEquals(
                    6, runs.values().stream().mapToDouble(Double::doubleValue).sum(), runs.toString());
            // a bar per count lost, from none: each holds the runs that lost that many
            for (int lost = 0; lost < runs.values().size(); lost++) {
                assertEquals(
                        r.outcomes().getOrDefault(r.expected() + lost, 0),
                        runs.values().get(lost).intValue(),
                        bars.categories().get(lost));
            }
        }
    }

    @Test
    void manyDifferentCountsAreGroupedIntoRanges() {
        Map<Integer, Integer> outcomes = new HashMap<>();
        for (int lost = 0; lost < 150; lost++) {
            outcomes.put(50 + lost, 1);
        }
        RaceReport r = new RaceReport("unsafe", 200, 250, 150, 50, outcomes, 149, 11175, 10, 1000);
        Bars bars = (Bars) RaceFigures.of(r, null).getFirst();
        assertEquals(19, bars.categories().size(), bars.categories().toString()); // 8 counts per bar
        assertEquals("0-7 lost", bars.categories().getFirst());
        assertEquals("144-149 lost", bars.categories().getLast());
        assertEquals(
                150,
                bars.series().getFirst().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum());
        assertEquals(8, bars.series().getFirst().values().getFirst());
    }

    @Test
    void cpythonsRunsAreSeriesBesideTheJvmsEachAddingUpToItsTrials() {
        RaceReport java = new RaceReport("unsafe", 10, 100, 20, 90, Map.of(90, 1, 99, 19), 19, 171, 10, 400);
        CPythonReport py = new CPythonReport(
                "3.12.1",
                "gil",
                true,
                5,
                new RaceReport("unsafe", 10, 100, 20, 90, Map.of(99, 20), 20, 180, 10, 300),
                new RaceReport("unsafe", 10, 100, 20, 90, Map.of(90, 20), 0, 0, 0, 1),
                new RaceReport("lock", 10, 100, 5, 90, Map.of(90, 5), 0, 0, 10, 500));
        Bars bars = (Bars) RaceFigures.of(java, py).getFirst();
        assertEquals(10, bars.categories().size(), "0 to 9 lost: " + bars.categories());
        assertEquals(4, bars.series().size());
        List<Double> trials = List.of(20.0, 20.0, 20.0, 5.0);
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    trials.get(i),
                    bars.series().get(i).values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum());
        }
        assertEquals(20.0, bars.series().get(1).values().getLast(), "CPython's pause: 9 lost every time");
        assertEquals(
                "Updates were lost in 19 of 20 trials; the most in one run: 9 of its 10 decrements. CPython lost"
                        + " updates in 20 of 20 trials with the pause, in 0 without it, and in 0 under its Lock.",
                bars.caption());
    }

    private RaceReport report(String... args) throws Exception {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(cli.json(args), RaceReport.class);
    }
}
