package dev.concdemo.demos.jvm.futures;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** One run: the pipeline (where each stage runs), then blocking stages on the common pool and on an own executor. */
final class FuturesRun {
    /** How long each blocking stage sleeps, before --time-scale. */
    static final Duration BLOCKING = Duration.ofMillis(300);

    private final UnaryOperator<Duration> scale;
    private final Narrator n;

    FuturesRun(UnaryOperator<Duration> scale, Narrator n) {
        this.scale = scale;
        this.n = n;
    }

    /** Blocking stages: two more than the common pool has workers, so some wait in its queue too. */
    static int blockers() {
        return ForkJoinPool.getCommonPoolParallelism() + 2;
    }

    /** What has been measured, for Ctrl-C's line; written by the run's thread, read by another. */
    private volatile String done;

    /** What was measured before an interrupt; null before the pipeline's end. */
    String soFar() {
        return done;
    }

    FuturesReport run() throws InterruptedException, ExecutionException {
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        int blockers = blockers();
        AtomicInteger made = new AtomicInteger();
        ThreadFactory named = r -> new Thread(r, Pipeline.OWN + made.incrementAndGet());
        try (ExecutorService own = Executors.newFixedThreadPool(blockers + 1, named)) {
            n.event(Pipeline.MAIN, "the pipeline; each stage tells the thread it runs on");
            Pipeline.Outcome pipeline = new Pipeline(own, scale, n).run();
            done = "the pipeline ran its %d stages, result %s"
                    .formatted(pipeline.stages().size(), pipeline.result());
            Duration blocking = scale.apply(BLOCKING);
            Starvation starvation = new Starvation(blockers, blocking, n);
            n.event(
                    Pipeline.MAIN,
                    "%d blocking stages, then a quick one, on the common pool (parallelism %d)"
                            .formatted(blockers, parallelism));
            FuturesReport.Place common =
                    starvation.on("ForkJoinPool.commonPool()", ForkJoinPool.commonPool(), parallelism);
            done += "; on the common pool the quick stage started %s ms after its submission"
                    .formatted(common.quickStageDelayMs());
            n.event(Pipeline.MAIN, "the same on an own executor of %d threads".formatted(blockers + 1));
            FuturesReport.Place mine = starvation.on("newFixedThreadPool(" + (blockers + 1) + ")", own, blockers + 1);
            return new FuturesReport(
                    pipeline.stages(),
                    pipeline.result(),
                    pipeline.recovered(),
                    pipeline.timedOut(),
                    parallelism,
                    Runtime.getRuntime().availableProcessors(),
                    new FuturesReport.Starvation(blockers, blocking.toNanos() / 1e6, common, mine));
        }
    }
}
