package dev.concdemo.demos.os.sched;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Grid;
import dev.concdemo.support.html.Strips;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of sched's page: each algorithm's Gantt chart (a row per job: when it ran,
 * coloured by the job so that it keeps its colour from chart to chart, and when it had arrived
 * but waited); the jobs' table with each algorithm's finish, turnaround and waiting; and, for
 * several algorithms, their averages side by side.
 */
final class SchedFigures {
    /** The kind of a stretch a job had arrived and was not running. */
    static final String WAITING = "waiting";

    private SchedFigures() {}

    static List<Figure> of(SchedReport.Outcome report) {
        List<SchedReport.Schedule> schedules = schedules(report);
        List<Figure> figures = new ArrayList<>();
        for (SchedReport.Schedule s : schedules) {
            figures.add(gantt(s));
        }
        figures.add(table(schedules));
        if (schedules.size() > 1) {
            figures.add(averages(schedules));
        }
        if (report.real() != null) {
            figures.add(shares(report.real()));
        }
        return figures;
    }

    static List<SchedReport.Schedule> schedules(SchedReport.Outcome report) {
        if (report.json() instanceof SchedReport.All all) {
            return all.schedules();
        }
        return List.of((SchedReport.Schedule) report.json());
    }

    /** One algorithm's schedule: a row per job, its runs (mlfq's with their level) and its waits. */
    static Strips gantt(SchedReport.Schedule s) {
        Texts t = Texts.of(SchedFigures.class);
        List<Strips.Row> rows = new ArrayList<>();
        List<Strips.Kind> legend = new ArrayList<>();
        for (SchedReport.JobRow job : s.jobs()) {
            legend.add(new Strips.Kind(job.name(), t.format("figure.job", job.name())));
            List<Strips.Segment> segments = new ArrayList<>();
            int since = job.arrival(); // the end of its last run, or its arrival
            for (SchedReport.Stretch run : s.timeline()) {
                if (!job.name().equals(run.job())) {
                    continue;
                }
                if (run.start() > since) {
                    segments.add(new Strips.Segment(since, run.start(), t.format("figure.waiting"), WAITING));
                }
                String text = run.level() == null ? job.name() : t.format("figure.level", job.name(), run.level());
                segments.add(new Strips.Segment(run.start(), run.end(), text, job.name()));
                since = run.end();
            }
            rows.add(new Strips.Row(job.name(), segments));
        }
        legend.add(new Strips.Kind(WAITING, t.format("figure.waiting")));
        SchedReport.JobRow longest = s.jobs().stream()
                .max(Comparator.comparingInt(SchedReport.JobRow::waiting))
                .orElseThrow();
        int last = s.jobs().stream().mapToInt(SchedReport.JobRow::finish).max().orElse(0);
        String caption = t.format(
                "figure.gantt.caption",
                s.algo(),
                s.averages().waiting(),
                longest.name(),
                longest.waiting(),
                s.averages().response(),
                last);
        return new Strips(t.format("figure.gantt", s.algo()), caption, "", rows, legend);
    }

    /** A row per job: its arrival and burst, then each algorithm's finish, turnaround and waiting. */
    static Grid table(List<SchedReport.Schedule> schedules) {
        Texts t = Texts.of(SchedFigures.class);
        List<String> header =
                new ArrayList<>(List.of(t.format("figure.table.job").split("\\|")));
        for (SchedReport.Schedule s : schedules) {
            header.addAll(List.of(t.format("figure.table.algo", s.algo()).split("\\|")));
        }
        List<List<String>> rows = new ArrayList<>();
        List<SchedReport.JobRow> jobs = schedules.getFirst().jobs();
        for (int i = 0; i < jobs.size(); i++) {
            SchedReport.JobRow job = jobs.get(i);
            List<String> row = new ArrayList<>(List.of(job.name(), "" + job.arrival(), "" + job.burst()));
            for (SchedReport.Schedule s : schedules) {
                SchedReport.JobRow j = s.jobs().get(i);
                row.addAll(List.of("" + j.finish(), "" + j.turnaround(), "" + j.waiting()));
            }
            rows.add(row);
        }
        List<String> waits = schedules.stream()
                .map(s -> t.format("figure.table.wait", s.algo(), s.averages().waiting()))
                .toList();
        String caption = t.format("figure.table.caption", String.join(t.format("list.separator"), waits));
        return new Grid(t.format("figure.table"), caption, header, rows);
    }

    /** Each algorithm's average waiting, turnaround and response, grouped by algorithm. */
    static Bars averages(List<SchedReport.Schedule> schedules) {
        Texts t = Texts.of(SchedFigures.class);
        List<String> names = List.of(t.format("table.algos").split("\\|"));
        List<String> algos = schedules.stream().map(SchedReport.Schedule::algo).toList();
        List<Bars.Series> series = List.of(
                new Bars.Series(
                        names.get(1),
                        schedules.stream().map(s -> s.averages().waiting()).toList()),
                new Bars.Series(
                        names.get(2),
                        schedules.stream().map(s -> s.averages().turnaround()).toList()),
                new Bars.Series(
                        names.get(3),
                        schedules.stream().map(s -> s.averages().response()).toList()));
        Comparator<SchedReport.Schedule> byWait =
                Comparator.comparingDouble(s -> s.averages().waiting());
        SchedReport.Schedule least = schedules.stream().min(byWait).orElseThrow();
        SchedReport.Schedule most = schedules.stream().max(byWait).orElseThrow();
        String caption = least.averages().waiting() == most.averages().waiting()
                ? t.format("figure.averages.same", least.averages().waiting())
                : t.format(
                        "figure.averages.caption",
                        least.algo(),
                        least.averages().waiting(),
                        most.algo(),
                        most.averages().waiting());
        return new Bars(t.format("figure.averages"), caption, t.format("figure.units"), "", algos, series);
    }

    /**
     * --real: each child's and each Java thread's share of CPU 0, measured beside what its
     * weight predicts (an equal share for the two Java threads, whose priorities Linux never sees).
     */
    static Bars shares(SchedReport.Real r) {
        Texts t = Texts.of(SchedFigures.class);
        List<String> categories = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        List<SchedReport.Share> all = new ArrayList<>(r.niced());
        all.addAll(r.equalNice());
        all.addAll(r.javaPriorities());
        for (int i = 0; i < all.size(); i++) {
            SchedReport.Share s = all.get(i);
            int equal = i - r.niced().size();
            categories.add(
                    equal >= 0 && equal < r.equalNice().size()
                            ? t.format("figure.shares.equal", s.who(), equal + 1)
                            : s.who());
            predicted.add(s.predictedPercent());
            measured.add(s.measuredPercent());
        }
        List<String> names = List.of(t.format("table.shares").split("\\|"));
        double gap = 0;
        for (SchedReport.Share s : r.niced()) {
            gap = Math.max(gap, Math.abs(s.measuredPercent() - s.predictedPercent()));
        }
        String caption = t.format(
                "figure.shares.caption",
                gap,
                r.javaPriorities().getFirst().measuredPercent(),
                r.javaPriorities().getLast().measuredPercent());
        return new Bars(
                t.format("figure.shares"),
                caption,
                t.format("figure.shares.value"),
                "%",
                categories,
                List.of(new Bars.Series(names.get(3), predicted), new Bars.Series(names.get(4), measured)));
    }
}
