package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Strips;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The figure of multiprog's page: the model's two schedules on one time axis, one after another
 * over overlapped, each as a row per job (on the CPU, in IO, ready but waiting for the CPU) and
 * a row for the CPU (which job it ran, or idle), so the idle CPU of single-programming is seen
 * filled by multiprogramming.
 */
final class MultiprogFigures {
    static final String CPU = "cpu";
    static final String IO = "io";
    static final String READY = "ready";
    static final String IDLE = "idle";

    private MultiprogFigures() {}

    static List<Figure> of(MultiprogReport r) {
        return List.of(schedules(r));
    }

    static Strips schedules(MultiprogReport r) {
        Texts t = Texts.of(MultiprogFigures.class);
        MultiprogReport.Model m = r.model();
        List<Strips.Row> rows = new ArrayList<>();
        rows.addAll(rows(t.format("figure.single"), r.jobs(), m.oneAfterAnother(), t));
        rows.addAll(rows(t.format("figure.overlapped"), r.jobs(), m.overlapped(), t));
        List<Strips.Kind> legend = List.of(
                new Strips.Kind(CPU, t.format("figure.cpu")),
                new Strips.Kind(IO, t.format("figure.io")),
                new Strips.Kind(READY, t.format("figure.ready")),
                new Strips.Kind(IDLE, t.format("figure.idle")));
        String caption = t.format(
                "figure.caption",
                m.oneAfterAnother().totalUnits(),
                100 * m.oneAfterAnother().utilisation(),
                m.overlapped().totalUnits(),
                100 * m.overlapped().utilisation(),
                m.boundUnits());
        return new Strips(t.format("figure.title"), caption, "", rows, legend);
    }

    /** One schedule: a row per job from its letters, then the CPU's row. */
    private static List<Strips.Row> rows(
            String schedule, List<MultiprogReport.Job> jobs, MultiprogReport.Run run, Texts t) {
        List<Strips.Row> rows = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            rows.add(new Strips.Row(
                    t.format("figure.row", schedule, jobs.get(j).name()),
                    job(run.rows().get(j), t)));
        }
        rows.add(new Strips.Row(t.format("figure.row", schedule, t.format("figure.cpuRow")), cpu(jobs, run, t)));
        return rows;
    }

    /** A job's units as segments: 'C' on the CPU, 'i' in IO, '.' ready; before its start and after its end, none. */
    private static List<Strips.Segment> job(String units, Texts t) {
        List<Strips.Segment> segments = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= units.length(); i++) {
            if (i < units.length() && units.charAt(i) == units.charAt(from)) {
                continue;
            }
            String kind =
                    switch (units.charAt(from)) {
                        case 'C' -> CPU;
                        case 'i' -> IO;
                        case '.' -> READY;
                        default -> null;
                    };
            if (kind != null) {
                segments.add(new Strips.Segment(from, i, t.format("figure." + kind), kind));
            }
            from = i;
        }
        return segments;
    }

    /** The CPU in each unit: the job it ran (its name written in) or idle, until the schedule's end. */
    private static List<Strips.Segment> cpu(List<MultiprogReport.Job> jobs, MultiprogReport.Run run, Texts t) {
        List<Strips.Segment> segments = new ArrayList<>();
        String before = null;
        int from = 0;
        for (int unit = 0; unit <= run.totalUnits(); unit++) {
            String who = unit == run.totalUnits() ? "" : IDLE;
            for (int j = 0; j < jobs.size() && unit < run.totalUnits(); j++) {
                String row = run.rows().get(j);
                if (unit < row.length() && row.charAt(unit) == 'C') {
                    who = jobs.get(j).name();
                }
            }
            if (!who.equals(before)) {
                if (before != null) {
                    segments.add(
                            before.equals(IDLE)
                                    ? new Strips.Segment(from, unit, t.format("figure.idle"), IDLE)
                                    : new Strips.Segment(from, unit, before, CPU));
                }
                before = who;
                from = unit;
            }
        }
        return segments;
    }
}
