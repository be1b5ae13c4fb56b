package dev.concdemo.demos.io.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
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

/** bench's page draws its report: the rate of each interval over time, and the percentile curve. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchFiguresTest {
    /** A real run: two connections on a nio server for a second, its --json read back as the report. */
    @Test
    void aRealRunsFiguresAreItsReportsNumbers() throws Exception {
        CommandUnderTest cli = new CommandUnderTest(BenchDemo::new);
        BenchReport r = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(
                        cli.json("rps", "--model", "nio", "--connections", "2", "--duration", "1", "--json"),
                        BenchReport.class);
        assertEquals(200, r.intervalMs());
        assertEquals(5, r.perInterval().size(), "1 s in 200 ms intervals: " + r.perInterval());
        long counted = r.perInterval().stream().mapToLong(Long::longValue).sum();
        assertTrue(counted > 100 && counted <= r.requests(), counted + " of " + r.requests());
        assertTrue(r.perInterval().stream().allMatch(c -> c > 0), "answers in every interval: " + r.perInterval());

        List<Figure> figures = new BenchDemo(null).figures(r);
        assertEquals(2, figures.size());
        Plot rate = (Plot) figures.get(0);
        List<Plot.Point> points = rate.series().getFirst().points();
        assertEquals(r.perInterval().size(), points.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(0.1 + 0.2 * i, points.get(i).x(), 1e-9, "each interval at its middle");
            assertEquals(r.perInterval().get(i) / 0.2, points.get(i).y(), 1e-9, "its answers as a rate");
        }
        assertEquals(Plot.Scale.LINEAR, rate.x().scale());
        assertEquals(Plot.Look.DASHED, rate.series().get(1).look());
        assertEquals(
                r.requestsPerSecond(), rate.series().get(1).points().getFirst().y());

        Plot curve = (Plot) figures.get(1);
        assertEquals(Plot.Scale.LOG, curve.x().scale(), "1 / (1 - p) on a log axis");
        List<Plot.Point> tail = curve.series().getFirst().points();
        assertTrue(tail.size() >= 5, "p50 to p99 at least, from hundreds of round trips: " + tail);
        assertEquals(2, tail.get(0).x(), 1e-9, "p50");
        assertEquals(10, tail.get(2).x(), 1e-9, "p90");
        assertEquals(100, tail.get(4).x(), 1e-9, "p99");
        assertEquals(r.latencyMs().p50(), tail.get(0).y(), 1e-9, "the curve is the histogram's");
        assertEquals(r.latencyMs().p90(), tail.get(2).y(), 1e-9);
        assertEquals(r.latencyMs().p99(), tail.get(4).y(), 1e-9);
        for (int i = 1; i < tail.size(); i++) {
            assertTrue(tail.get(i).x() > tail.get(i - 1).x(), "percentiles increase: " + tail);
            assertTrue(tail.get(i).y() >= tail.get(i - 1).y(), "latencies never fall: " + tail);
        }
        assertTrue(tail.getLast().y() <= r.latencyMs().max(), tail + " within " + r.latencyMs());
        assertTrue(
                1 / (1 - LatencyCurve.PERCENTILES.get(tail.size() - 1) / 100) <= r.requests(),
                "no percentile beyond what the round trips counted reach: " + tail);

        List<Figure> zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> new BenchDemo(null).figures(r));
        for (int i = 0; i < figures.size(); i++) {
            Figure en = figures.get(i);
            for (Figure f : List.of(en, zh.get(i))) {
                assertFalse(f.title().isBlank() || f.caption().isBlank(), f.toString());
            }
            assertNotEquals(en.title(), zh.get(i).title());
            assertTrue(
                    zh.get(i).caption().matches("(?s).*\\p{IsHan}.*"), zh.get(i).caption());
        }
    }

    /** A hand-made report: the captions say its numbers. */
    @Test
    void theCaptionsSayTheRunsNumbers() {
        List<BenchReport.Percentile> curve = List.of(
                new BenchReport.Percentile(50, 0.040),
                new BenchReport.Percentile(75, 0.050),
                new BenchReport.Percentile(90, 0.070),
                new BenchReport.Percentile(95, 0.090),
                new BenchReport.Percentile(99, 0.200),
                new BenchReport.Percentile(99.5, 0.300),
                new BenchReport.Percentile(99.9, 0.800));
        BenchReport r = new BenchReport(
                "rps",
                "nio",
                8,
                "fib",
                1,
                false,
                1.0,
                3_000,
                3_000,
                0,
                0,
                new BenchReport.Latency(0.04, 0.07, 0.2, 1.5, 0.05),
                List.of(3_000L),
                250,
                List.of(500L, 800L, 900L, 700L),
                curve,
                null,
                0,
                List.of(),
                2,
                0.5);
        List<Figure> figures = BenchFigures.of(r);
        assertEquals(
                "3,000 req/s on average over 1.00 s; counted in 250 ms intervals, the rate went from 2,000 to"
                        + " 3,600 req/s.",
                figures.get(0).caption().replaceAll("\\s+", " "));
        assertEquals(
                "Half the round trips took at most 0.040 ms; 1 in 1,000 (p99.9) took longer than 0.800 ms, 20.0"
                        + " times the median.",
                figures.get(1).caption().replaceAll("\\s+", " "));
        assertEquals(
                "8 connections", ((Plot) figures.get(1)).series().getFirst().name());
        assertEquals(
                1000,
                ((Plot) figures.get(1)).series().getFirst().points().getLast().x(),
                1e-9);
    }

    @Test
    void aTailTwoDecadesAboveTheMedianIsOnALogAxis() {
        List<Plot.Point> wide = List.of(new Plot.Point(2, 0.05), new Plot.Point(100, 1), new Plot.Point(1000, 5));
        List<Plot.Point> narrow = List.of(new Plot.Point(2, 0.05), new Plot.Point(100, 1), new Plot.Point(1000, 4.9));
        assertTrue(BenchFigures.tailSpansDecades(wide));
        assertFalse(BenchFigures.tailSpansDecades(narrow));
        assertFalse(BenchFigures.tailSpansDecades(List.of(new Plot.Point(2, 0), new Plot.Point(10, 9))), "0: no log");
    }

    @Test
    void aLongLoadIsCountedInAtMostAHundredIntervals() {
        assertEquals(200, Intervals.of(java.time.Duration.ofSeconds(5)).toMillis());
        assertEquals(200, Intervals.of(java.time.Duration.ofSeconds(20)).toMillis());
        assertEquals(600, Intervals.of(java.time.Duration.ofSeconds(60)).toMillis());
        assertEquals(36_000, Intervals.of(java.time.Duration.ofHours(1)).toMillis());
    }
}
