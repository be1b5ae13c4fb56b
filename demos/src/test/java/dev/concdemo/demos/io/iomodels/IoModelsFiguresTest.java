package dev.concdemo.demos.io.iomodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** iomodels' page draws one select's cost against the idle sockets, poll beside epoll, on a log axis. */
class IoModelsFiguresTest {
    /**
     * What the page draws of a real run's report (IoModelsDemoTest's run, with 0, 200 and 2,000
     * sockets): the report's µs for each count above 0, on a log axis, captioned in both languages.
     */
    static void assertDrawn(IoModelsReport r) throws Exception {
        List<Figure> figures = new IoModelsDemo(null).figures(r);
        assertEquals(1, figures.size());
        Plot plot = (Plot) figures.getFirst();
        assertEquals(Plot.Scale.LOG, plot.x().scale(), "sockets on a log axis");
        assertEquals("µs", plot.y().unit());
        assertEquals(
                List.of("poll", "epoll"),
                plot.series().stream().map(Plot.Series::name).toList());
        for (Plot.Series s : plot.series()) {
            assertEquals(
                    List.of(200.0, 2000.0),
                    s.points().stream().map(Plot.Point::x).toList(),
                    "0 is not drawn");
            for (Plot.Point p : s.points()) {
                assertEquals(r.selectMicros().get(s.name()).get((int) p.x()), p.y(), "the report's µs: " + p);
            }
        }
        String zero = String.format(
                Locale.ROOT,
                "with none, %.2f and %.2f µs",
                r.selectMicros().get("poll").get(0),
                r.selectMicros().get("epoll").get(0));
        assertTrue(plot.caption().replaceAll("\\s+", " ").contains(zero), plot.caption());
        assertTrue(plot.caption().startsWith("With 2,000 idle sockets one select took "), plot.caption());

        Figure zh = ScopedValue.where(Texts.LANG, Lang.ZH)
                .call(() -> new IoModelsDemo(null).figures(r))
                .getFirst();
        for (Figure f : List.of(plot, zh)) {
            assertFalse(f.title().isBlank() || f.caption().isBlank(), f.toString());
        }
        assertNotEquals(plot.title(), zh.title());
        assertTrue(zh.caption().contains("微秒"), zh.caption());
    }

    /** A report made by hand: the caption's numbers are the largest count's, and its ratio. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void theCaptionComparesTheMechanismsAtTheLargestCount() {
        Map<String, Map<Integer, Double>> micros = new LinkedHashMap<>();
        micros.put("poll", Map.of(1_000, 12.5, 10_000, 120.0));
        micros.put("epoll", Map.of(1_000, 1.1, 10_000, 1.5));
        Plot plot = (Plot)
                IoModelsFigures.of(report(micros, List.of(1_000, 10_000))).getFirst();
        assertEquals(
                "With 10,000 idle sockets one select took 120.00 µs under poll, 80.0 times epoll's 1.50 µs.",
                plot.caption().replaceAll("\\s+", " "));
        assertEquals(10_000, plot.series().getFirst().points().getLast().x());
        assertEquals(1.5, plot.series().getLast().points().getLast().y());

        String zh = ScopedValue.where(Texts.LANG, Lang.ZH)
                .call(() -> IoModelsFigures.of(report(micros, List.of(1_000, 10_000))))
                .getFirst()
                .caption();
        assertTrue(zh.contains("有 10,000 个空闲套接字时") && zh.contains("80.0 倍"), zh);

        Map<String, Map<Integer, Double>> none = Map.of("poll", Map.of(0, 1.0), "epoll", Map.of(0, 1.0));
        assertEquals(List.of(), IoModelsFigures.of(report(none, List.of(0))), "only 0 sockets: nothing on a log axis");
    }

    private static IoModelsReport report(Map<String, Map<Integer, Double>> micros, List<Integer> counts) {
        return new IoModelsReport(null, null, null, micros, counts, 20_000, null, null);
    }
}
