package dev.concdemo.demos.os.sched;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * CPU scheduling (seed 001, 进程调度): which ready job gets the CPU, and for how long. First
 * come first served favours long jobs; shortest job first favours short ones and can starve a
 * long one; time slices give every job a turn; the multilevel feedback queue gives newcomers
 * the CPU at once and pushes long jobs down. An exact simulation in whole time units, so the
 * numbers match a worked example by hand.
 *
 * <p>Try: {@code concdemo sched}, {@code concdemo sched --algo mlfq --verbose}.
 */
@Scenario(chapter = Chapter.OS, seed = "001 进程调度")
@Command(
        name = "sched",
        mixinStandardHelpOptions = true,
        description = {
            "FCFS, SJF, SRTF, round robin, MLFQ on one job list: Gantt charts, waits, responses.",
            "",
            "An exact simulation in whole time units. Each job has a name (one letter or digit), an arrival time and a"
                    + " CPU burst. Ties are broken by earlier arrival, then by order in --jobs. SJF is non-preemptive,"
                    + " SRTF preemptive; in round robin a job arriving as a slice ends queues before the job whose"
                    + " slice ended; MLFQ has three levels with slices Q, 2Q, 4Q (the lowest round robin), a job that"
                    + " uses its whole slice drops a level, and a newcomer preempts a job of a lower level, which goes"
                    + " to the back of its own level.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo sched                                 every algorithm on the default jobs",
            "  concdemo sched --algo mlfq --verbose           MLFQ's three queues at each decision",
            "  concdemo sched --algo mlfq --jobs A:0:30,B:2:3,C:4:3,D:6:3,E:8:3,F:10:3 --boost 12",
            "  concdemo sched --algo rr --quantum 4 --json",
            "  concdemo sched --algo srtf --real                 and Linux's own shares by nice value"
        })
public final class SchedDemo extends ScenarioCommand<Record> {
    public SchedDemo(Session session) {
        super(session);
    }

    @Option(names = "--algo", paramLabel = "ALGO", description = "fcfs, sjf, srtf, rr, mlfq or all (default: all).")
    private String algo = "all";

    @Option(
            names = "--jobs",
            paramLabel = "LIST",
            description = "NAME:ARRIVAL:BURST,... (default: " + Job.DEFAULT + "; at most " + Job.MAX_JOBS + " jobs).")
    private String jobList = Job.DEFAULT;

    @Option(
            names = "--quantum",
            paramLabel = "Q",
            description = "The time slice of rr and of mlfq's top level (default: 2; 1 to 50).")
    private Integer quantum;

    @Option(
            names = "--boost",
            paramLabel = "T",
            description = "mlfq: every T units move every job back to the top level (default: off).")
    private Integer boost;

    @Option(
            names = "--real",
            description = "Also measure Linux's scheduler: CPU-bound child processes pinned to CPU 0 at nice 0, 5, 10"
                    + " and at equal nice, and two Java threads at priorities 10 and 1 (about 9 s).")
    private boolean real;

    @Option(names = "--verbose", description = "Print the ready queue(s) at every decision (mlfq: its three levels).")
    private boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Algo> algos = algos();
        List<Job> jobs;
        try {
            jobs = Job.parse(jobList);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--jobs: " + e.getMessage());
        }
        boolean sliced = algos.contains(Algo.RR) || algos.contains(Algo.MLFQ);
        if (quantum != null && !sliced) {
            throw new ParameterException(spec.commandLine(), "--quantum is for rr and mlfq, not " + algo);
        }
        if (boost != null && !algos.contains(Algo.MLFQ)) {
            throw new ParameterException(spec.commandLine(), "--boost is for mlfq, not " + algo);
        }
        int q = quantum == null ? 2 : quantum;
        int b = boost == null ? 0 : boost;
        dev.concdemo.support.cli.Ranges.check(spec, "--quantum", q, 1, 50, null);
        dev.concdemo.support.cli.Ranges.check(spec, "--boost", b, boost == null ? 0 : 1, Job.MAX_TIME, null);

        List<Simulation.Result> results = new ArrayList<>();
        for (Algo a : algos) {
            results.add(Simulation.run(a, jobs, q, b));
        }
        Narrator n = session.narrator(common, 6);
        trace(n, results);
        List<SchedReport.Schedule> schedules =
                results.stream().map(r -> SchedReport.of(r, jobs, q, b)).toList();
        if (common.json()) {
            SchedReport.Real measured = real ? RealShares.measure(n, REAL_WINDOW) : null;
            common.printJson(
                    session,
                    algos.size() == 1
                            ? schedules.getFirst().withReal(measured)
                            : new SchedReport.All("all", q, b, schedules, measured));
            return ExitCode.OK;
        }
        Texts t = Texts.of(SchedDemo.class);
        n.say(t.format(
                "heading",
                jobs.stream()
                        .map(j -> "%s:%d:%d".formatted(j.name(), j.arrival(), j.burst()))
                        .collect(Collectors.joining(" ")),
                q,
                b > 0 ? t.format("heading.boost", b) : ""));
        if (algos.size() == 1) {
            one(n, results.getFirst(), schedules.getFirst(), jobs, q);
        } else {
            all(n, results, schedules, jobs);
        }
        if (real) {
            real(n);
        }
        return ExitCode.OK;
    }

    /** How long the spinners' shares are measured, each time. */
    static final Duration REAL_WINDOW = Duration.ofSeconds(2);

    private void real(Narrator n) throws IOException, InterruptedException {
        n.sayPlain("");
        n.say(Texts.of(SchedDemo.class).format("heading.real", REAL_WINDOW.toMillis() / 1e3));
        String soFar = Texts.of(SchedDemo.class).format("soFar"); // read here, where the run's language is bound
        session.measuredSoFar(() -> soFar);
        SchedReport.Real r = RealShares.measure(n, REAL_WINDOW);
        n.sayPlain("");
        Table t = new Table(Texts.of(SchedDemo.class).format("table.shares").split("\\|"));
        List<SchedReport.Share> all = new ArrayList<>(r.niced());
        all.addAll(r.equalNice());
        all.addAll(r.javaPriorities());
        for (SchedReport.Share share : all) {
            t.row(
                    share.who(),
                    share.pid(),
                    share.weight() == 0 ? "-" : share.weight(),
                    "%.1f%%".formatted(share.predictedPercent()),
                    "%.1f%%".formatted(share.measuredPercent()),
                    share.cpuMs() + " ms");
        }
        t.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(Width.fill(Verdicts.real(r)));
    }

    private List<Algo> algos() {
        if (algo.equalsIgnoreCase("all")) {
            return List.of(Algo.values());
        }
        try {
            return List.of(Algo.valueOf(algo.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "--algo: '" + algo + "' is not one of fcfs, sjf, srtf, rr, mlfq, all");
        }
    }

    private void one(Narrator n, Simulation.Result r, SchedReport.Schedule s, List<Job> jobs, int q) {
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

    private void all(
            Narrator n, List<Simulation.Result> results, List<SchedReport.Schedule> schedules, List<Job> jobs) {
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

    /** Each job a lane in the trace; one time unit drawn as one millisecond. */
    private static void trace(Narrator n, List<Simulation.Result> results) {
        long origin = n.clock().startNanos();
        for (Simulation.Result r : results) {
            for (Simulation.Slice s : r.timeline()) {
                if (s.job() != null) {
                    n.trace()
                            .laneSpan(
                                    r.algo().label() + " " + s.job(),
                                    s.job() + (r.algo() == Algo.MLFQ ? " (level " + s.level() + ")" : ""),
                                    origin + s.start() * 1_000_000L,
                                    origin + s.end() * 1_000_000L);
                }
            }
        }
    }
}
