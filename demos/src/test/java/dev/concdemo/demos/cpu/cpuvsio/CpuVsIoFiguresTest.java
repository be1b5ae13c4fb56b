package dev.concdemo.demos.cpu.cpuvsio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's figures: each load's speedups from the report, beside the ideal, and every kind side by side. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuVsIoFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(CpuVsIoDemo::new);

    @Test
    void theSpeedupsArePlottedAtEachThreadCountBesideTheIdeal() throws Exception {
        CpuVsIoReport r = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(
                        cli.json("--cpu-tasks", "4", "--n", "30", "--io-tasks", "6", "--time-scale", "0.2", "--json"),
                        CpuVsIoReport.class);
        int cores = r.cores();
        List<CpuVsIoReport.Row> rows = r.rows(); // 1 thread, a thread per core, child JVMs, a thread per task, ...
        for (Lang lang : Lang.values()) {
            List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> CpuVsIoFigures.of(r, null));
            Plot plot = (Plot) figures.get(0);
            assertFalse(plot.title().isBlank(), lang.name());
            assertFalse(plot.caption().isBlank(), lang.name());
            assertEquals(
                    List.of(
                            new Plot.Point(1, rows.get(0).cpuSpeedup()),
                            new Plot.Point(cores, rows.get(1).cpuSpeedup()),
                            new Plot.Point(6, rows.get(3).cpuSpeedup())),
                    plot.series().get(0).points(),
                    "CPU-bound, threads");
            assertEquals(
                    List.of(
                            new Plot.Point(1, rows.get(0).ioSpeedup()),
                            new Plot.Point(cores, rows.get(1).ioSpeedup()),
                            new Plot.Point(6, rows.get(3).ioSpeedup())),
                    plot.series().get(1).points(),
                    "IO-bound, threads");
            assertEquals(
                    List.of(new Plot.Point(cores, rows.get(2).cpuSpeedup())),
                    plot.series().get(2).points(),
                    "CPU-bound, child JVMs");
            Plot.Series ideal = plot.series().getLast();
            assertEquals(Plot.Look.DASHED, ideal.look());
            ideal.points().forEach(p -> assertEquals(p.x(), p.y(), "y = x"));
            assertEquals(
                    List.of(1.0, (double) cores, 6.0).stream()
                            .distinct()
                            .sorted()
                            .toList(),
                    ideal.points().stream().map(Plot.Point::x).toList());

            Bars kinds = (Bars) figures.get(1);
            assertFalse(kinds.caption().isBlank(), lang.name());
            assertEquals(rows.size(), kinds.categories().size());
            assertEquals(
                    rows.stream().map(CpuVsIoReport.Row::cpuSpeedup).toList(),
                    kinds.series().get(0).values());
            assertEquals(
                    rows.stream().map(CpuVsIoReport.Row::ioSpeedup).toList(),
                    kinds.series().get(1).values());
        }
    }
}
