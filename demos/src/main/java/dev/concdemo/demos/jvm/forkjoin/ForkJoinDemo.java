package dev.concdemo.demos.jvm.forkjoin;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows fork/join (java.util.concurrent.ForkJoinPool, RecursiveTask): a divide-and-conquer task
 * splits its range in two until it is no longer than a threshold, forks one half onto its
 * worker's own deque and computes the other; an idle worker steals forked tasks from the other
 * end of a busy worker's deque (work stealing). Steals are counted per worker, the speedup is
 * measured against one thread and against a fixed thread pool, and bad thresholds are timed.
 *
 * <p>Try: {@code concdemo forkjoin --size 4000000 --rounds 7}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.ForkJoinPool")
@Command(
        name = "forkjoin",
        mixinStandardHelpOptions = true,
        description = {
            "A recursive sum on a ForkJoinPool: steals per worker, speedup, bad thresholds' cost.",
            "",
            "A RecursiveTask splits the array in halves down to a threshold; idle workers steal forked halves. "
                    + "Each task records the worker that forked it and the one that ran it: different = stolen. "
                    + "Then interleaved timed rounds: one thread, fork/join at several thresholds, and a fixed "
                    + "pool of the same size given equal chunks or fork/join's leaves; medians are compared.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo forkjoin --size 4000000 --threshold 10000 --rounds 7")
public final class ForkJoinDemo extends ScenarioCommand<ForkJoinReport> {
    private volatile ForkJoinRun run; // this run's; read by the thread that tells an interrupt

    public ForkJoinDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--size",
            paramLabel = "N",
            description = "Elements in the array (default: 4000000; 1000 to 20000000).")
    private int size = 4_000_000;

    @Option(
            names = "--threshold",
            paramLabel = "N",
            description = "Ranges this long or shorter are summed in a loop (default: size / (16 x workers)).")
    private Integer threshold;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "The pool's parallelism, and the fixed pool's size (default: the cores; 1 to 64).")
    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Timed rounds, after one warm-up (default: 5; 1 to 50).")
    private int rounds = 5;

    private int chosen; // this run's threshold

    @Override
    protected void check() {
        Ranges.check(spec, "--size", size, 1000, 20_000_000, null);
        Ranges.check(spec, "--workers", workers, 1, 64, null);
        Ranges.check(spec, "--rounds", rounds, 1, 50, null);
        if (threshold != null) {
            Ranges.check(spec, "--threshold", threshold, 1, size, "at most --size");
        }
    }

    @Override
    protected void prepare() {
        chosen = threshold != null ? threshold : ForkJoinRun.autoThreshold(size, workers);
    }

    @Override
    protected List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(ForkJoinRun.MAIN));
        for (int w = 1; w <= workers; w++) {
            labels.add(Workers.name(w));
        }
        return labels;
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts t = Texts.of(ForkJoinDemo.class);
        narrator.say("@|bold forkjoin|@"
                + t.format(
                        "opening",
                        size,
                        chosen,
                        SumTask.tasks(size, chosen),
                        workers,
                        Runtime.getRuntime().availableProcessors(),
                        rounds));
        narrator.sayPlain(t.format("python"));
        narrator.sayPlain("");
    }

    @Override
    protected ForkJoinReport run(Narrator narrator) throws Exception {
        run = new ForkJoinRun(size, workers, chosen, rounds, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        ForkJoinRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, ForkJoinReport report) {
        ForkJoinSummary.print(narrator, report);
    }
}
