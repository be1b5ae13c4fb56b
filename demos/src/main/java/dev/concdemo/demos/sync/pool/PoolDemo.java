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
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

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
public final class PoolDemo extends ScenarioCommand<Record> {
    /** Each task's stand-in for work, before --time-scale. */
    static final Duration TASK_WORK = Duration.ofSeconds(1);

    static final int MAX_WORKERS = 64;
    static final int MAX_TASKS = 1_000;

    /** --kind: the seed's words, thread or process, for threads of this JVM or child JVMs. */
    static final class KindConverter implements ITypeConverter<WorkerKind> {
        @Override
        public WorkerKind convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "thread" -> WorkerKind.THREADS;
                case "process" -> WorkerKind.CHILD_JVMS;
                default -> throw new TypeConversionException("expected one of thread, process, not '" + value + "'");
            };
        }
    }

    /** What --kind completes to. */
    static final class Kinds extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Kinds() {
            super(List.of("thread", "process"));
        }
    }

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
            converter = KindConverter.class,
            completionCandidates = Kinds.class,
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

    @Override
    public Integer call() throws Exception {
        if (kind == WorkerKind.CHILD_JVMS && workers > 4 * Runtime.getRuntime().availableProcessors() + 4) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--workers %d: too many child JVMs for %d cores (at most %d)"
                            .formatted(
                                    workers,
                                    Runtime.getRuntime().availableProcessors(),
                                    4 * Runtime.getRuntime().availableProcessors() + 4));
        }
        Narrator n = session.narrator(common, 16);
        Duration work = time.scaled(TASK_WORK);
        n.say("@|bold pool|@"
                + Texts.of(PoolDemo.class)
                        .format(
                                "opening",
                                Texts.of(PoolDemo.class)
                                        .format(kind == WorkerKind.THREADS ? "kind.threads" : "kind.processes"),
                                count("workers", workers),
                                count("tasks", tasks),
                                work.toNanos() / 1e9));
        n.sayPlain("");
        PoolRun run = new PoolRun(n);
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        List<PoolRun.Done> done = kind == WorkerKind.THREADS
                ? run.onThreads(workers, tasks, work)
                : run.onChildJvms(workers, tasks, work);
        long elapsed = System.nanoTime() - start;

        Map<String, List<Integer>> byWorker = done.stream()
                .collect(Collectors.groupingBy(
                        PoolRun.Done::worker,
                        TreeMap::new,
                        Collectors.mapping(PoolRun.Done::task, Collectors.toList())));
        boolean allRight = done.size() == tasks && done.stream().allMatch(d -> d.result() == PoolTask.square(d.task()));
        int waves = (tasks + workers - 1) / workers;
        PoolReport report = new PoolReport(
                "pool",
                kind == WorkerKind.THREADS ? "thread" : "process", // the seed's word, as typed
                workers,
                tasks,
                done.size(),
                run.callbacks(),
                run.death(),
                run.notRun(),
                allRight,
                byWorker.size(),
                byWorker,
                waves,
                waves * work.toMillis(),
                elapsed / 1_000_000,
                run.submitAfterShutdown(),
                DefaultSizes.of(Runtime.getRuntime().availableProcessors()));
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(n, report, byWorker);
        }
        if (report.diedWith() != null) {
            PoolRun.Death d = report.diedWith();
            throw new ScenarioFailure("worker pid %d died running task %d: %s; %s not run"
                    .formatted(d.pid(), d.task(), d.status(), Units.count(report.notRun(), "task")));
        }
        if (!allRight) {
            throw new IllegalStateException(
                    "only %d of %d tasks returned the right result".formatted(done.size(), tasks));
        }
        return ExitCode.OK;
    }

    private static void summarize(Narrator n, PoolReport r, Map<String, List<Integer>> byWorker) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + Texts.of(PoolDemo.class).format("heading." + r.kind()));
        if (r.diedWith() == null) {
            n.sayPlain("  %s ran on %s, %s, every result n*n: %s"
                    .formatted(
                            Units.count(r.done(), "task"),
                            Units.count(r.distinctWorkers(), "distinct worker"),
                            Units.count(r.callbacks(), "callback"),
                            r.allResultsRight() ? "yes" : "NO"));
        } else {
            n.sayPlain("  of %d tasks: %d done, 1 lost with its worker (task %d, pid %d), %d not run; %s"
                    .formatted(
                            r.tasks(),
                            r.done(),
                            r.diedWith().task(),
                            r.diedWith().pid(),
                            r.notRun(),
                            Units.count(r.callbacks(), "callback")));
        }
        byWorker.forEach((worker, tasks) -> n.sayPlain("    %-16s ran tasks %s".formatted(worker, tasks)));
        n.sayPlain("  elapsed %s: %s of %s x %s of work (at least %s)"
                .formatted(
                        Units.seconds(r.elapsedMs() * 1_000_000),
                        Units.count(r.waves(), "wave"),
                        Units.count(r.workers(), "worker"),
                        Units.seconds(r.expectedMs() * 1_000_000 / r.waves()),
                        Units.seconds(r.expectedMs() * 1_000_000)));
        n.sayPlain("");
        n.sayPlain("Default pool sizes on this machine (%d cores):"
                .formatted(r.defaults().cores()));
        Table sizes = new Table("pool", "size when nobody says");
        r.defaults().rows().forEach(row -> sizes.row(row.pool(), row.size()));
        sizes.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(Texts.of(PoolDemo.class).format("summary"));
        n.sayPlain("");
        notesCorrection(r).forEach(n::sayPlain);
    }

    /**
     * The notes' pool example as written fails in CPython (checked on 3.11): the labelled lines
     * say what fails and the form that works; Java's side is told only when this run tried it.
     */
    static List<String> notesCorrection(PoolReport r) {
        Texts t = Texts.of(PoolDemo.class);
        List<String> lines = new java.util.ArrayList<>(
                List.of(t.format("notes.form"), t.format("notes.cpython"), t.format("notes.works")));
        if ("RejectedExecutionException".equals(r.submitAfterShutdown())) {
            lines.add(t.format("notes.java.refused"));
        } else if ("accepted".equals(r.submitAfterShutdown())) {
            lines.add(t.format("notes.java.accepted"));
        }
        return lines;
    }

    /** "3 producers" or "1 producer" in English, "3 个生产者" in Chinese: the bundle's {@code key} or {@code key.1}. */
    private static String count(String key, long n) {
        return Texts.of(PoolDemo.class).format(n == 1 ? key + ".1" : key, n);
    }
}
