package dev.concdemo.demos.sync.semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's figure: occupancy over time from the report's changes, under the permit line. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SemaphoreFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(SemaphoreDemo::new);

    @Test
    void occupancyStepsStayUnderThePermitsAndEndAtNone() throws Exception {
        JsonNode json = cli.json("--permits", "3", "--threads", "7", "--time-scale", "0.01", "--json");
        assertEquals(2, json.get("inside").get(0).size(), "each change a pair [ms, inside]: " + json.get("inside"));
        SemaphoreReport r = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(json, SemaphoreReport.class);
        assertEquals(2 * 7, r.inside().size(), "an enter and a leave per thread: " + r.inside());
        for (Lang lang : Lang.values()) {
            List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> SemaphoreFigures.of(r));
            Plot plot = (Plot) figures.getFirst();
            assertFalse(plot.title().isBlank(), lang.name());
            assertFalse(plot.caption().isBlank(), lang.name());
            Plot.Series inside = plot.series().get(0);
            Plot.Series permits = plot.series().get(1);
            assertEquals(Plot.Look.STEP, inside.look());
            assertEquals(Plot.Look.DASHED, permits.look());
            double lastX = 0;
            for (Plot.Point p : inside.points()) {
                assertTrue(p.y() >= 0 && p.y() <= 3, "inside within the permits: " + p);
                assertTrue(p.x() >= lastX, "in time order: " + inside.points());
                lastX = p.x();
            }
            assertEquals(
                    3, inside.points().stream().mapToDouble(Plot.Point::y).max().orElseThrow());
            assertEquals(0, inside.points().getLast().y(), "all have left by the end");
            permits.points().forEach(p -> assertEquals(3, p.y()));
            if (lang == Lang.EN) {
                assertTrue(
                        plot.caption()
                                .startsWith("At most 3 threads were inside at once with 3 permits; 7 of 7 threads"
                                        + " finished in "),
                        plot.caption());
            }
        }
    }
}
