package dev.concdemo.demos.os.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Strips;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StatesFiguresTest {
    private static StatesReport.ThreadRow thread(String name, String java, String kernel) {
        return new StatesReport.ThreadRow(name, 1, java, kernel, Map.of(), 0, 0);
    }

    /** The figures as the page asks for them: from the Demo, with the run's language bound. */
    private static Strips strips(StatesReport report, Lang lang) {
        StatesDemo demo =
                new StatesDemo(Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> demo.figures(report));
        assertEquals(1, figures.size());
        return (Strips) figures.getFirst();
    }

    @Test
    void eachRunOfALetterIsOneSegmentJavaOverTheKernelAndAnUnknownSampleIsAGap() {
        StatesReport r = new StatesReport(
                8,
                2.0,
                true,
                List.of(thread("reader", "UUUUUUUU", "?RRbbbbR"), thread("sleeper", "UTTU", "RbbR")),
                Map.of(),
                0,
                20);
        Strips s = strips(r, Lang.EN);
        assertEquals(
                List.of("reader · Java", "reader · kernel", "sleeper · Java", "sleeper · kernel"),
                s.rows().stream().map(Strips.Row::label).toList());
        assertEquals(
                List.of(new Strips.Segment(0, 16, "RUNNABLE", "java.U")),
                s.rows().get(0).segments());
        assertEquals(
                List.of(
                        new Strips.Segment(2, 6, "running", "kernel.R"),
                        new Strips.Segment(6, 14, "blocked", "kernel.b"),
                        new Strips.Segment(14, 16, "running", "kernel.R")),
                s.rows().get(1).segments());
        assertEquals("ms", s.unit());
        // Only the kinds drawn, Java's first: nothing was WAITING, nothing ready.
        assertEquals(
                List.of(
                        new Strips.Kind("java.U", "Java: RUNNABLE"),
                        new Strips.Kind("java.T", "Java: TIMED_WAITING (a sleep)"),
                        new Strips.Kind("kernel.R", "kernel: running"),
                        new Strips.Kind("kernel.b", "kernel: blocked")),
                s.legend());
        // RUNNABLE in 10 samples, one of them unknown to the kernel: 5 running, 4 blocked of 9.
        assertEquals(
                "In the 9 samples where Java said RUNNABLE, the kernel had the thread running in 55.6%, ready"
                        + " (waiting for a CPU) in 0.0% and blocked (asleep) in 44.4%.",
                s.caption());
        assertTrue(
                strips(r, Lang.ZH).caption().startsWith("在 Java 说 RUNNABLE 的 9 个采样里"),
                strips(r, Lang.ZH).caption());
    }

    @Test
    void withoutTheKernelsViewJavasRowsAloneAndTheCaptionSaysSo() {
        StatesReport r = new StatesReport(3, 1.0, false, List.of(thread("locker", "LLU", "???")), Map.of(), 0, 5);
        Strips s = strips(r, Lang.EN);
        assertEquals(1, s.rows().size());
        assertTrue(s.caption().contains("Java's view alone (3 samples)"), s.caption());
        assertFalse(s.title().contains("kernel"), s.title());
    }

    @Test
    void aRealRunsStripsCoverEverySampleWithinTheRunWithoutOverlap() throws Exception {
        StatesReport r = new StatesRun(0.05).run();
        for (Lang lang : Lang.values()) {
            Strips s = strips(r, lang);
            assertFalse(s.title().isBlank() || s.caption().isBlank() || s.unit().isBlank(), s.toString());
            assertEquals((r.kernelView() ? 2 : 1) * r.threads().size(), s.rows().size());
            Set<String> legend = s.legend().stream().map(Strips.Kind::kind).collect(Collectors.toSet());
            double end = r.samples() * r.sampleMs();
            for (int i = 0; i < s.rows().size(); i++) {
                StatesReport.ThreadRow thread = r.threads().get(r.kernelView() ? i / 2 : i);
                String letters = i % 2 == 1 && r.kernelView() ? thread.kernel() : thread.java();
                long named = letters.chars().filter(c -> c != '?' && c != ' ').count();
                double before = 0;
                double covered = 0;
                for (Strips.Segment seg : s.rows().get(i).segments()) {
                    assertTrue(
                            seg.start() >= before && seg.end() > seg.start() && seg.end() <= end + 1e-9,
                            seg.toString());
                    assertTrue(legend.contains(seg.kind()), seg.kind() + " in the legend " + legend);
                    before = seg.end();
                    covered += seg.end() - seg.start();
                }
                assertEquals(
                        named * r.sampleMs(), covered, 1e-6, s.rows().get(i).label());
            }
        }
        assertTrue(strips(r, Lang.ZH).rows().get(1).label().endsWith("内核"));
    }
}
