package dev.concdemo.demos.os.sched;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws the simulated schedules: for one algorithm its Gantt chart, its jobs' table and what
 * it did beside fcfs (with --verbose, the ready queues at every decision); for all, one chart
 * line each, their averages, and the rules each followed.
 */
final class ScheduleCharts {
    private ScheduleCharts() {}

    static void one(Narrator n, Simulation.Result r, SchedReport.Schedule s, List<Job> jobs, int q, boolean verbose) {
        n.sayPlain("");
        n.say("@|bold %s|@: %s".formatted(s.algo(), s.rules()));
        if (verbose) {
            n.sayPlain("");
            for (Simulation.Decision d : r.decisions()) {
                n.sayPlain("  t=%-3d %s  -> %s".formatted(d.time(), queues(r.algo(), d.queues(), q), d.picked()));
            }
        }
        n.sayPlain("");
        Gantt.rows(r, jobs, "  ").forEach(n::sayPlain);
        n.sayPlain("  " + Texts.of(SchedDemo.class).format(r.algo() == Algo.MLFQ ? "legend.mlfq" : "legend"));
        n.sayPlain("");
        table(s).forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(Width.fill(Verdicts.of(s, SchedReport.of(Simulation.run(Algo.FCFS, jobs, q, 0), jobs, q, 0))));
    }

    static void all(Narrator n, List<Simulation.Result> results, List<SchedReport.Schedule> schedules) {
        n.sayPlain("");
        int end = results.stream().mapToInt(Simulation.Result::end).max().orElse(0);
        Texts texts = Texts.of(SchedDemo.class);
        n.sayPlain("  " + texts.format("chart"));
        for (Simulation.Result r : results) {
            n.sayPlain("  %-5s %s".formatted(r.algo().label(), Gantt.line(r)));
        }
        n.sayPlain("        " + Gantt.axis((end + Gantt.scale(end) - 1) / Gantt.scale(end), Gantt.scale(end)));
        n.sayPlain("");
        Table t = new Table(texts.format("table.algos").split("\\|"));
        for (SchedReport.Schedule s : schedules) {
            t.row(
                    s.algo(),
                    "%.2f".formatted(s.averages().waiting()),
                    "%.2f".formatted(s.averages().turnaround()),
                    "%.2f".formatted(s.averages().response()),
                    s.jobs().stream()
                            .sorted(java.util.Comparator.comparingInt(SchedReport.JobRow::finish))
                            .map(SchedReport.JobRow::name)
                            .collect(Collectors.joining(" ")));
        }
        t.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        for (SchedReport.Schedule s : schedules) {
            n.sayPlain(Width.fill(Verdicts.of(s, schedules.getFirst())));
        }
        n.sayPlain("");
        n.sayPlain(texts.format("rules.heading"));
        for (Simulation.Result r : results) {
            Width.wrap("%-5s %s".formatted(r.algo().label(), r.algo().rules()), Width.COLUMNS - 2, "        ")
                    .forEach(line -> n.sayPlain("  " + line));
        }
        n.sayPlain(texts.format("hint"));
    }

    private static String queues(Algo algo, List<List<String>> queues, int q) {
        if (algo != Algo.MLFQ) {
            return "ready [" + String.join(" ", queues.getFirst()) + "]";
        }
        List<String> levels = new ArrayList<>();
        for (int level = 0; level < queues.size(); level++) {
            levels.add("L%d(%d) [%s]".formatted(level, q << level, String.join(" ", queues.get(level))));
        }
        return String.join("  ", levels);
    }

    private static List<String> table(SchedReport.Schedule s) {
        Texts texts = Texts.of(SchedDemo.class);
        Table t = new Table(texts.format("table.jobs").split("\\|"));
        for (SchedReport.JobRow j : s.jobs()) {
            t.row(
                    j.name(),
                    j.arrival(),
                    j.burst(),
                    j.firstRun(),
                    j.finish(),
                    j.waiting(),
                    j.turnaround(),
                    j.response());
        }
        SchedReport.Averages a = s.averages();
        t.row(
                texts.format("table.average"),
                "",
                "",
                "",
                "",
                "%.2f".formatted(a.waiting()),
                "%.2f".formatted(a.turnaround()),
                "%.2f".formatted(a.response()));
        return t.lines("  ");
    }
}
