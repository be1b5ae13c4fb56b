package dev.concdemo.demos.os.multiprog;

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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MultiprogFiguresTest {
    /** The model's part of a report (the figure draws nothing else). */
    private static MultiprogReport report(String jobs) {
        List<Program> programs = Program.parse(jobs);
        MultiprogReport.Model model =
                MultiprogRun.model(programs, Overlap.oneAfterAnother(programs), Overlap.overlapped(programs));
        return new MultiprogReport(
                programs.stream()
                        .map(p -> new MultiprogReport.Job(p.name(), p.phases()))
                        .toList(),
                model,
                50,
                null,
                null,
                0);
    }

    /** The figures as the page asks for them: from the Demo, with the run's language bound. */
    private static Strips strips(MultiprogReport report, Lang lang) {
        MultiprogDemo demo =
                new MultiprogDemo(Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        List<Figure> figures = ScopedValue.where(Texts.LANG, lang).call(() -> demo.figures(report));
        assertEquals(1, figures.size());
        return (Strips) figures.getFirst();
    }

    private static double sum(Strips.Row row, String kind) {
        return row.segments().stream()
                .filter(s -> s.kind().equals(kind))
                .mapToDouble(s -> s.end() - s.start())
                .sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {Program.DEFAULT, "A:1/9/1,B:1/9/1,C:1/9/1", "A:2"})
    void bothSchedulesShowEachJobsCpuAndIoAndTheCpusBusyAndIdleUnits(String jobs) {
        MultiprogReport r = report(jobs);
        Strips s = strips(r, Lang.EN);
        int n = r.jobs().size();
        assertEquals(2 * (n + 1), s.rows().size());
        Set<String> legend = s.legend().stream().map(Strips.Kind::kind).collect(Collectors.toSet());
        List<MultiprogReport.Run> runs =
                List.of(r.model().oneAfterAnother(), r.model().overlapped());
        for (int k = 0; k < 2; k++) {
            MultiprogReport.Run run = runs.get(k);
            for (int i = 0; i <= n; i++) {
                Strips.Row row = s.rows().get(k * (n + 1) + i);
                double before = 0;
                for (Strips.Segment seg : row.segments()) {
                    assertTrue(
                            seg.start() >= before && seg.end() > seg.start() && seg.end() <= run.totalUnits(),
                            row.label() + " " + seg);
                    assertTrue(legend.contains(seg.kind()), seg.kind());
                    before = seg.end();
                }
                if (i < n) {
                    List<Integer> phases = r.jobs().get(i).phases();
                    int cpu = 0;
                    for (int p = 0; p < phases.size(); p += 2) {
                        cpu += phases.get(p);
                    }
                    int io = phases.stream().mapToInt(Integer::intValue).sum() - cpu;
                    assertEquals(cpu, sum(row, MultiprogFigures.CPU), row.label());
                    assertEquals(io, sum(row, MultiprogFigures.IO), row.label());
                } else {
                    assertEquals(run.cpuBusyUnits(), sum(row, MultiprogFigures.CPU), row.label());
                    assertEquals(run.totalUnits() - run.cpuBusyUnits(), sum(row, MultiprogFigures.IDLE), row.label());
                }
            }
        }
    }

    @Test
    void theDefaultJobsRowsAndCaptionSayWhatTheModelComputed() {
        Strips s = strips(report(Program.DEFAULT), Lang.EN);
        assertEquals("single · A", s.rows().getFirst().label());
        assertEquals("multi · CPU", s.rows().getLast().label());
        // Overlapped, A computes 0-3, B 3-5, C 5-9, A 9-11, B 11-14, C 14-15: never idle.
        assertEquals(
                List.of("A", "B", "C", "A", "B", "C"),
                s.rows().getLast().segments().stream().map(Strips.Segment::text).toList());
        assertEquals(
                "One after another the jobs took 26 units, the CPU busy 57.7% of them; overlapped, 15 units and"
                        + " 100.0% (the least possible: 15).",
                s.caption());
        Strips zh = strips(report(Program.DEFAULT), Lang.ZH);
        assertFalse(zh.title().isBlank() || s.title().isBlank());
        assertTrue(zh.caption().startsWith("依次执行用了 26 个时间单位"), zh.caption());
        assertEquals("多道 · CPU", zh.rows().getLast().label());
    }
}
