package dev.concdemo.demos.cpu.primes;

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

/** The page's figures: the speedup as measured beside the ideal; one run's shares of the numbers. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrimesFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(PrimesDemo::new);

    @Test
    void aSweepIsPlottedPointForPointBesideTheIdealLine() throws Exception {
        PrimesReport r = report("--threads", "1,2", "--repeat", "1", "--json");
        for (Lang lang : Lang.values()) {
            List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> PrimesFigures.of(r, null));
            assertEquals(1, figures.size(), "a sweep: the speedup only");
            Plot plot = (Plot) figures.getFirst();
            assertFalse(plot.title().isBlank(), lang.name());
            assertFalse(plot.caption().isBlank(), lang.name());
            Plot.Series measured = plot.series().getFirst();
            assertEquals(Plot.Look.LINE, measured.look());
            assertEquals(
                    r.runs().stream()
                            .map(run -> new Plot.Point(run.workers(), run.speedup()))
                            .toList(),
                    measured.points());
            Plot.Series ideal = plot.series().getLast();
            assertEquals(Plot.Look.DASHED, ideal.look());
            assertEquals(List.of(new Plot.Point(1, 1), new Plot.Point(2, 2)), ideal.points());
        }
    }

    @Test
    void oneCountShowsHowManyNumbersEachWorkerTested() throws Exception {
        PrimesReport r = report("--threads", "3", "--repeat", "2", "--json");
        for (Lang lang : Lang.values()) {
            List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> PrimesFigures.of(r, null));
            Bars bars = (Bars) figures.getFirst();
            assertEquals(1, figures.size(), "one count and no CPython: no speedup to plot");
            assertFalse(bars.title().isBlank(), lang.name());
            assertFalse(bars.caption().isBlank(), lang.name());
            assertEquals(3, bars.categories().size());
            assertEquals(
                    26,
                    bars.series().getFirst().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum());
        }
    }

    @Test
    void theIdealIsOverTheFirstRunsWorkersAndCPythonJoinsASweepFromOne() {
        PrimesReport r =
                new PrimesReport("procs", 13, 1, java.util.Map.of(), 8, List.of(run(2, 1.0), run(4, 1.8), run(8, 3.1)));
        Plot plot = (Plot) PrimesFigures.of(r, python()).getFirst();
        assertEquals(2, plot.series().size(), "the JVM's and the ideal: CPython's speedups are over one worker");
        assertEquals(
                List.of(new Plot.Point(2, 1), new Plot.Point(4, 2), new Plot.Point(8, 4)),
                plot.series().getLast().points());
        assertEquals("8 child JVMs ran 3.10x as fast as 2 child JVMs; the ideal is 4.00x.", plot.caption());

        PrimesReport one = new PrimesReport("threads", 13, 1, java.util.Map.of(), 8, List.of(run(4, 1.0)));
        List<Figure> figures = PrimesFigures.of(one, python());
        Plot cpython = (Plot) figures.getFirst();
        assertEquals(
                List.of(new Plot.Point(1, 1), new Plot.Point(4, 0.98)),
                cpython.series().get(0).points());
        assertEquals(
                List.of(new Plot.Point(1, 1), new Plot.Point(4, 3.5)),
                cpython.series().get(1).points());
        assertEquals(
                List.of(new Plot.Point(1, 1), new Plot.Point(4, 4)),
                cpython.series().get(2).points());
        assertEquals(2, figures.size(), "and the one JVM run's shares");
    }

    private static PrimesReport.Run run(int workers, double speedup) {
        return new PrimesReport.Run(workers, List.of(), List.of(), List.of(13), 1000, 900, 10, 0.9, speedup, 6);
    }

    private static CPythonReport python() {
        return new CPythonReport(
                "3.12.1",
                "gil",
                true,
                13,
                13,
                8,
                List.of(
                        new CPythonReport.Run("one", 1, 1000, 990, 10, 1000, 1.0, 1.0, 6),
                        new CPythonReport.Run("threads", 4, 1020, 1000, 20, 1020, 1.0, 0.98, 6),
                        new CPythonReport.Run("procs", 4, 286, 990, 20, 1010, 3.5, 3.5, 6)));
    }

    private PrimesReport report(String... args) throws Exception {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(cli.json(args), PrimesReport.class);
    }
}
