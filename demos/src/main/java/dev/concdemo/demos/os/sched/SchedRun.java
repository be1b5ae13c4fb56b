package dev.concdemo.demos.os.sched;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of sched: each chosen algorithm simulated on the job list and drawn ({@link
 * ScheduleCharts}), each job a lane in the trace; then, with --real, Linux's own scheduler
 * measured ({@link RealShares}).
 */
final class SchedRun {
    /** How long the spinners' shares are measured, each time. */
    static final Duration REAL_WINDOW = Duration.ofSeconds(2);

    private final Narrator n;
    private final List<Algo> algos;
    private final List<Job> jobs;
    private final int quantum;
    private final int boost;
    private final boolean verbose;
    private final boolean real;

    SchedRun(Narrator n, List<Algo> algos, List<Job> jobs, int quantum, int boost, boolean verbose, boolean real) {
        this.n = n;
        this.algos = algos;
        this.jobs = jobs;
        this.quantum = quantum;
        this.boost = boost;
        this.verbose = verbose;
        this.real = real;
    }

    SchedReport.Outcome run() throws IOException, InterruptedException {
        List<Simulation.Result> results = new ArrayList<>();
        for (Algo a : algos) {
            results.add(Simulation.run(a, jobs, quantum, boost));
        }
        trace(n, results);
        List<SchedReport.Schedule> schedules = results.stream()
                .map(r -> SchedReport.of(r, jobs, quantum, boost))
                .toList();
        if (algos.size() == 1) {
            ScheduleCharts.one(n, results.getFirst(), schedules.getFirst(), jobs, quantum, verbose);
        } else {
            ScheduleCharts.all(n, results, schedules);
        }
        SchedReport.Real measured = null;
        if (real) {
            n.sayPlain("");
            n.say(Texts.of(SchedDemo.class).format("heading.real", REAL_WINDOW.toMillis() / 1e3));
            measured = RealShares.measure(n, REAL_WINDOW);
        }
        return new SchedReport.Outcome(
                algos.size() == 1
                        ? schedules.getFirst().withReal(measured)
                        : new SchedReport.All("all", quantum, boost, schedules, measured),
                measured);
    }

    /** Each job a lane in the trace; one time unit drawn as one millisecond. */
    static void trace(Narrator n, List<Simulation.Result> results) {
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
