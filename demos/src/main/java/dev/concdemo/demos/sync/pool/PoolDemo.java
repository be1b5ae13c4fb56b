package dev.concdemo.demos.sync.pool;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows a pool: a fixed set of workers, created once and reused for many tasks (seed 001,
 * 进程池与线程池). Submitting returns a future at once; a callback runs when each task is
 * done; shutting the pool down waits for all of them.
 *
 * <p>Try: {@code concdemo pool}, {@code concdemo pool --kind process --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 进程池与线程池")
@Command(
        name = "pool",
        mixinStandardHelpOptions = true,
        description = {
            "5 reused workers for 20 tasks: futures, callbacks, shutdown waits for all.",
            "",
            "A pool keeps a fixed number of workers and reuses them, so 20 tasks need 5 threads, not 20 "
                    + "(the worker names repeat). Each submit returns a future at once; a callback runs as each task "
                    + "finishes; closing the pool waits for every task. --kind process does the same on child JVMs "
                    + "(ProcessPoolExecutor), whose pids repeat. Each task sleeps 1 s, standing for its work.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo pool                          5 threads, 20 tasks (about 4 s)",
            "  concdemo pool --kind process           the same on 5 child JVMs",
            "  concdemo pool --workers 2 --time-scale 0.2 --json"
        })
public final class PoolDemo extends ScenarioCommand<PoolReport> {
    /** Each task's stand-in for work, before --time-scale. */
    static final Duration TASK_WORK = Duration.ofSeconds(1);

    static final int MAX_WORKERS = 64;
    static final int MAX_TASKS = 1_000;

    private final TimeScaleOption time = new TimeScaleOption();

    public PoolDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            converter = WorkerKind.ThreadOrProcess.class,
            completionCandidates = WorkerKind.ThreadOrProcessWords.class,
            description = "thread (ThreadPoolExecutor) or process (child JVMs); default: thread.")
    private WorkerKind kind = WorkerKind.THREADS;

    private int workers = 5;
    private int tasks = 20;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "Workers in the pool (default: 5, as the seed; 1 to " + MAX_WORKERS + ").")
    void setWorkers(int value) {
        Ranges.check(spec, "--workers", value, 1, MAX_WORKERS, null);
        workers = value;
    }

    @Option(
            names = "--tasks",
            paramLabel = "N",
            description = "Tasks to submit (default: 20, as the seed; 1 to " + MAX_TASKS + ").")
    void setTasks(int value) {
        Ranges.check(spec, "--tasks", value, 1, MAX_TASKS, null);
        tasks = value;
    }

    /** The most child JVMs this machine is asked to start. */
    private static int maxChildJvms() {
        return 4 * Runtime.getRuntime().availableProcessors() + 4;
    }

    @Override
    protected void check() {
        if (kind == WorkerKind.CHILD_JVMS && workers > maxChildJvms()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--workers %d: too many child JVMs for %d cores (at most %d)"
                            .formatted(workers, Runtime.getRuntime().availableProcessors(), maxChildJvms()));
        }
    }

    @Override
    protected List<String> labels() {
        String worker = kind == WorkerKind.THREADS ? PoolRun.workerName(workers) : Narrator.ownLabel(); // "pid N"
        return List.of(worker, PoolRun.MAIN, PoolRun.CALLBACK);
    }

    @Override
    protected void introduce(Narrator narrator) {
        PoolSummary.introduce(narrator, kind, workers, tasks, time.scaled(TASK_WORK));
    }

    @Override
    protected PoolReport run(Narrator narrator) throws IOException {
        return new PoolRun(narrator).run(kind, workers, tasks, time.scaled(TASK_WORK));
    }

    @Override
    protected void summarize(Narrator narrator, PoolReport report) {
        PoolSummary.print(narrator, report);
    }

    @Override
    protected int exitCode(PoolReport report) {
        if (report.diedWith() != null) {
            PoolRun.Death d = report.diedWith();
            throw new ScenarioFailure("worker pid %d died running task %d: %s; %s not run"
                    .formatted(d.pid(), d.task(), d.status(), Units.count(report.notRun(), "task")));
        }
        if (!report.allResultsRight()) {
            throw new IllegalStateException(
                    "only %d of %d tasks returned the right result".formatted(report.done(), tasks));
        }
        return ExitCode.OK;
    }
}
