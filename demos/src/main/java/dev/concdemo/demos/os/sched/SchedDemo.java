package dev.concdemo.demos.os.sched;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
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
public final class SchedDemo extends ScenarioCommand<SchedReport.Outcome> {
    public SchedDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--algo",
            paramLabel = "ALGO",
            defaultValue = "all",
            converter = Algos.Converter.class,
            description = "fcfs, sjf, srtf, rr, mlfq or all (default: all).")
    private Algos algo;

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

    private List<Job> jobs;

    @Override
    protected void check() {
        try {
            jobs = Job.parse(jobList);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--jobs: " + e.getMessage());
        }
        List<Algo> algos = algo.algos();
        if (quantum != null && !algos.contains(Algo.RR) && !algos.contains(Algo.MLFQ)) {
            throw new ParameterException(spec.commandLine(), "--quantum is for rr and mlfq, not " + algo);
        }
        if (boost != null && !algos.contains(Algo.MLFQ)) {
            throw new ParameterException(spec.commandLine(), "--boost is for mlfq, not " + algo);
        }
        Ranges.check(spec, "--quantum", quantum(), 1, 50, null);
        Ranges.check(spec, "--boost", boost(), boost == null ? 0 : 1, Job.MAX_TIME, null);
    }

    private int quantum() {
        return quantum == null ? 2 : quantum;
    }

    private int boost() {
        return boost == null ? 0 : boost;
    }

    @Override
    protected List<String> labels() {
        return real ? List.of(PidLabels.widest()) : List.of();
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts t = Texts.of(SchedDemo.class);
        narrator.say(t.format(
                "heading",
                jobs.stream()
                        .map(j -> "%s:%d:%d".formatted(j.name(), j.arrival(), j.burst()))
                        .collect(Collectors.joining(" ")),
                quantum(),
                boost() > 0 ? t.format("heading.boost", boost()) : ""));
    }

    private String soFar;

    @Override
    protected SchedReport.Outcome run(Narrator narrator) throws IOException, InterruptedException {
        soFar = Texts.of(SchedDemo.class).format("soFar"); // read here, where the run's language is bound
        return new SchedRun(narrator, algo.algos(), jobs, quantum(), boost(), verbose, real).run();
    }

    @Override
    protected String soFar() {
        return soFar;
    }

    @Override
    public List<Figure> figures(SchedReport.Outcome report) {
        return SchedFigures.of(report);
    }

    @Override
    protected void summarize(Narrator narrator, SchedReport.Outcome report) {
        SchedSummary.print(narrator, report);
    }
}
