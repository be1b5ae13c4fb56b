package dev.concdemo.demos.io.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** compare's page: a group of bars per model, its req/s at 1 and 8 connections and its heavy p50 and p99. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CompareFiguresTest {
    private static ModelTrial.Figures figures(String name, Model m, double rps1, double rps8, long requests8) {
        return new ModelTrial.Figures(
                name,
                m.kind().toString(),
                rps1,
                rps8,
                requests8,
                0.5,
                requests8 > 0 ? 1.0 : null,
                0.05,
                "fib(25)",
                requests8 > 0 ? 0.8 : 0,
                requests8 > 0 ? rps8 / 1000 : 0,
                rps1,
                null,
                0,
                null,
                1000,
                1L,
                1.0,
                1.0,
                "");
    }

    private static final CompareReport REPORT = new CompareReport(
            "fib",
            0.5,
            1000,
            40,
            List.of(
                    figures("nio", Model.NIO, 20_000, 40_000, 20_000),
                    figures("threads", Model.THREADS, 15_000, 10_000, 5_000),
                    figures("process", Model.PROCESS, 0, 0, 0)));

    private static final CPythonReport PYTHON = new CPythonReport(
            "3.12.1",
            "gil",
            true,
            5.0,
            List.of(
                    figures("python sync", Model.SYNC, 8_000, 7_000, 3_500),
                    figures("python threads", Model.THREADS, 6_000, 5_000, 2_500)));

    @Test
    void oneBarPerModelAndConnectionCountNoneWhereAModelAnsweredNothing() {
        List<Figure> figures = CompareFigures.of(REPORT, null);
        Bars rates = (Bars) figures.get(0);
        assertEquals(List.of("nio", "threads", "process"), rates.categories());
        assertEquals(
                List.of("1 connection", "8 connections"),
                rates.series().stream().map(Bars.Series::name).toList());
        assertEquals(
                Arrays.asList(20_000.0, 15_000.0, null), rates.series().get(0).values());
        assertEquals(
                Arrays.asList(40_000.0, 10_000.0, null), rates.series().get(1).values());
        assertEquals("req/s", rates.unit());
        assertEquals(
                "At 8 connections nio answered the most, 40,000 req/s, 4.0 times threads, which answered the"
                        + " fewest (10,000 req/s). No bar where a model answered nothing within a load: process.",
                rates.caption().replaceAll("\\s+", " "));

        Bars heavy = (Bars) figures.get(1);
        assertEquals("fib(25) round trips: p50 and p99", heavy.title());
        assertEquals("ms", heavy.unit());
        assertEquals(Arrays.asList(0.8, 0.8, null), heavy.series().get(0).values());
        assertEquals(Arrays.asList(40.0, 10.0, null), heavy.series().get(1).values());
        assertEquals(
                "The p99 of a fib(25) round trip went from 10.000 ms (threads) to 40.000 ms (nio).", heavy.caption());
    }

    @Test
    void withPythonCPythonsServersAreModelsToo() {
        List<Figure> figures = CompareFigures.of(REPORT, PYTHON);
        for (Figure f : figures) {
            Bars bars = (Bars) f;
            assertEquals(List.of("nio", "threads", "process", "python sync", "python threads"), bars.categories());
        }
        Bars rates = (Bars) figures.get(0);
        assertEquals(7_000.0, rates.series().get(1).values().get(3));
        assertEquals(6_000.0, rates.series().get(0).values().get(4));
        assertTrue(rates.caption().contains("which answered the fewest (5,000 req/s)"), rates.caption());
    }

    @Test
    void oneModelIsSaidAloneAndChineseCaptionsAreChinese() throws Exception {
        CompareReport one =
                new CompareReport("fib", 0.5, 1000, 10, List.of(figures("nio", Model.NIO, 20_000, 40_000, 20_000)));
        List<Figure> en = CompareFigures.of(one, null);
        assertEquals("At 8 connections nio answered 40,000 req/s.", en.get(0).caption());
        assertEquals(
                "A fib(25) round trip on nio: p50 0.800 ms, p99 40.000 ms.",
                en.get(1).caption());

        List<Figure> zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> CompareFigures.of(REPORT, PYTHON));
        List<Figure> english = CompareFigures.of(REPORT, PYTHON);
        for (int i = 0; i < zh.size(); i++) {
            Figure f = zh.get(i);
            assertFalse(f.title().isBlank() || f.caption().isBlank(), f.toString());
            assertNotEquals(english.get(i).title(), f.title());
            assertTrue(f.caption().matches("(?s).*\\p{IsHan}.*"), f.caption());
        }
        assertTrue(
                zh.get(0).caption().contains("process"),
                "the unserved, named: " + zh.get(0).caption());
        assertTrue(
                zh.get(0).caption().contains("python threads（每秒 5,000 个）的 8.0 倍"),
                zh.get(0).caption());
        assertEquals("8 个连接", ((Bars) zh.get(0)).series().get(1).name());
        assertNull(((Bars) zh.get(0)).series().get(1).values().get(2));
    }
}
