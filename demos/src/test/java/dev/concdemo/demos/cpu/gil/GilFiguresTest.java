package dev.concdemo.demos.cpu.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's figure: each way of running the threads, point for point from the report, beside the ideal. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GilFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(GilDemo::new);

    @Test
    void theSpeedupsAreTheReportsAndTheIdealIsYEqualsX() throws Exception {
        GilReport r = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(
                        cli.json("--threads", "1,2", "--n", "25", "--time-scale", "0.1", "--json"), GilReport.class);
        for (Lang lang : Lang.values()) {
            Plot plot = (Plot) ScopedValue.where(Texts.LANG, lang)
                    .call(() -> GilFigures.of(r, null))
                    .getFirst();
            assertFalse(plot.title().isBlank(), lang.name());
            assertFalse(plot.caption().isBlank(), lang.name());
            assertEquals(4, plot.series().size(), "no GIL, simulated GIL, old GIL, ideal: " + plot.series());
            assertEquals(
                    r.cpu().stream()
                            .map(row -> new Plot.Point(row.threads(), row.noGilSpeedup()))
                            .toList(),
                    plot.series().get(0).points());
            assertEquals(
                    r.cpu().stream()
                            .map(row -> new Plot.Point(row.threads(), row.gilSpeedup()))
                            .toList(),
                    plot.series().get(1).points());
            assertEquals(
                    List.of(new Plot.Point(2, r.oldGil().speedup())),
                    plot.series().get(2).points());
            Plot.Series ideal = plot.series().getLast();
            assertEquals(Plot.Look.DASHED, ideal.look());
            assertEquals(List.of(new Plot.Point(1, 1), new Plot.Point(2, 2)), ideal.points());
        }
    }

    @Test
    void cpythonsThreadsAndProcessesJoinThePlot() {
        GilReport r = new GilReport(
                30,
                5,
                4,
                3,
                List.of(
                        new GilReport.CpuRow(1, 100, 1, 100, 1, 0, 0, 0),
                        new GilReport.CpuRow(4, 26, 3.85, 410, 0.98, 80, 80, 0)),
                1,
                new GilReport.OldGilRow(2, 300, 0.67, 40, 500),
                List.of(),
                null);
        CPythonReport py = new CPythonReport(
                "3.12.1",
                "gil",
                true,
                5,
                30,
                List.of(
                        new CPythonReport.Cpu(1, null, 1.0, 1.0),
                        new CPythonReport.Cpu(4, null, 4.1, 0.98),
                        new CPythonReport.Cpu(null, 4, 0.3, 3.3)),
                null,
                null,
                null,
                null);
        Plot plot = (Plot) GilFigures.of(r, py).getFirst();
        assertEquals(6, plot.series().size());
        assertEquals(
                List.of(new Plot.Point(1, 1), new Plot.Point(4, 0.98)),
                plot.series().get(3).points());
        assertEquals(List.of(new Plot.Point(4, 3.3)), plot.series().get(4).points());
        assertEquals(
                List.of(new Plot.Point(1, 1), new Plot.Point(2, 2), new Plot.Point(4, 4)),
                plot.series().getLast().points());
        assertEquals(
                "On 4 threads the JVM did 3.85x the work per second of 1 thread; under the simulated GIL, 0.98x;"
                        + " the ideal is 4.00x.",
                plot.caption());
    }
}
