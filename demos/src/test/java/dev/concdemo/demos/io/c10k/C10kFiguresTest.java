package dev.concdemo.demos.io.c10k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** c10k's page: RSS per idle connection and the normal client's p99 against the connections, a line per model. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class C10kFiguresTest {
    private static C10kReport.Step step(int connections, Double rssKb, Double p99) {
        return new C10kReport.Step(
                connections,
                connections == 0 ? null : 9_000.0,
                1,
                50_000,
                rssKb,
                null,
                null,
                null,
                p99 == null ? null : p99 / 2,
                p99,
                false);
    }

    private static C10kReport.ModelSteps model(Model m, List<C10kReport.Step> steps, Integer stoppedAt) {
        return new C10kReport.ModelSteps(
                m, steps, stoppedAt, stoppedAt == null ? null : "processCap", "", 10L, 10L, null, null);
    }

    /** As the default steps: 0, 50, 15,000, 100,000; process stops after 50, nio's RSS at 50 is within the noise. */
    static final C10kReport WIDE = new C10kReport(
            500,
            200_000,
            200_000,
            null,
            199_000,
            List.of(
                    model(Model.PROCESS, List.of(step(0, null, 0.2), step(50, 40_000.0, 0.3)), 64),
                    model(
                            Model.THREADS,
                            List.of(
                                    step(0, null, 0.1),
                                    step(50, 80.0, 0.1),
                                    step(15_000, 70.0, 0.5),
                                    step(100_000, 68.0, 3.2)),
                            null),
                    model(
                            Model.NIO,
                            List.of(
                                    step(0, null, 0.1),
                                    step(50, null, 0.1),
                                    step(15_000, 1.5, 0.15),
                                    step(100_000, 1.2, 0.2)),
                            null)));

    @Test
    void stepsSpanningDecadesAreOnALogAxisAndEachModelIsALineOfItsValues() {
        List<Figure> figures = C10kFigures.of(WIDE);
        Plot memory = (Plot) figures.get(0);
        Plot p99 = (Plot) figures.get(1);
        for (Plot plot : List.of(memory, p99)) {
            assertEquals(Plot.Scale.LOG, plot.x().scale(), "50 to 100,000");
            assertEquals(
                    List.of("process", "threads", "nio"),
                    plot.series().stream().map(Plot.Series::name).toList());
            plot.series().forEach(s -> assertEquals(Plot.Look.LINE, s.look()));
        }
        assertEquals(Plot.Scale.LOG, memory.y().scale(), "40,000 KB a JVM beside 1.2 KB a channel");
        assertEquals(Plot.Scale.LINEAR, p99.y().scale(), "0.1 to 3.2 ms: within two decades");
        assertEquals("KB", memory.y().unit());
        assertEquals("ms", p99.y().unit());
        assertEquals(List.of(new Plot.Point(50, 40_000)), memory.series().get(0).points());
        assertEquals(
                List.of(new Plot.Point(50, 80), new Plot.Point(15_000, 70), new Plot.Point(100_000, 68)),
                memory.series().get(1).points());
        assertEquals(
                List.of(new Plot.Point(15_000, 1.5), new Plot.Point(100_000, 1.2)),
                memory.series().get(2).points(),
                "within the noise at 50: no point");
        assertEquals(
                List.of(new Plot.Point(50, 0.1), new Plot.Point(15_000, 0.5), new Plot.Point(100_000, 3.2)),
                p99.series().get(1).points(),
                "0, the baseline, is not on a log axis");
        assertEquals(
                "At its largest measured step, process cost the most RSS per idle connection, 40,000.0 KB at 50,"
                        + " and nio the least, 1.2 KB at 100,000.",
                memory.caption().replaceAll("\\s+", " "));
        assertEquals(
                "At its largest step, the normal client's p99 was highest on threads, 3.200 ms at 100,000, and"
                        + " lowest on nio, 0.200 ms at 100,000.",
                p99.caption().replaceAll("\\s+", " "));
    }

    @Test
    void stepsWithinADecadeAreOnALinearAxisWithTheBaseline() {
        C10kReport narrow = new C10kReport(
                200,
                20_000,
                3_000,
                null,
                19_000,
                List.of(model(
                        Model.NIO, List.of(step(0, null, 0.1), step(500, 2.0, 0.12), step(2_000, 1.5, 0.2)), null)));
        List<Figure> figures = C10kFigures.of(narrow);
        Plot memory = (Plot) figures.get(0);
        Plot p99 = (Plot) figures.get(1);
        assertEquals(Plot.Scale.LINEAR, memory.x().scale());
        assertEquals(Plot.Scale.LINEAR, memory.y().scale());
        assertEquals(0, p99.series().getFirst().points().getFirst().x(), "the baseline, on a linear axis");
        assertEquals(3, p99.series().getFirst().points().size());
        assertEquals("nio cost 1.5 KB of RSS per idle connection at 2,000.", memory.caption());
        assertEquals(
                "On nio the normal client's p99 went from 0.100 ms at 0 idle connections to 0.200 ms at 2,000.",
                p99.caption().replaceAll("\\s+", " "));
    }

    @Test
    void theCaptionsAreInTheRunsLanguage() throws Exception {
        List<Figure> en = C10kFigures.of(WIDE);
        List<Figure> zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> C10kFigures.of(WIDE));
        for (int i = 0; i < en.size(); i++) {
            for (Figure f : List.of(en.get(i), zh.get(i))) {
                assertFalse(f.title().isBlank() || f.caption().isBlank(), f.toString());
            }
            assertNotEquals(en.get(i).title(), zh.get(i).title());
            assertTrue(
                    zh.get(i).caption().matches("(?s).*\\p{IsHan}.*"), zh.get(i).caption());
        }
        assertTrue(
                zh.get(1).caption().contains("100,000 个时 3.200 毫秒"), zh.get(1).caption());
    }
}
