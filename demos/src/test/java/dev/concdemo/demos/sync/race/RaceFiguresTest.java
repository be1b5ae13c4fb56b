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
                    .call(() -> RaceFigures.of(r))
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
        Bars bars = (Bars) RaceFigures.of(r).getFirst();
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

    private RaceReport report(String... args) throws Exception {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(cli.json(args), RaceReport.class);
    }
}
