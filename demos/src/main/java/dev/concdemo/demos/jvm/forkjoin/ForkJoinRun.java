package dev.concdemo.demos.jvm.forkjoin;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Percentiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run: the sum once on one thread (the exact answer), once on the fork/join pool with every
 * steal counted and told, then timed rounds of every way of computing it, interleaved (each
 * round in a rotated order, so no way always runs first or last), after one warm-up round.
 */
final class ForkJoinRun {
    /** Thresholds every run also times besides the chosen one: too small, and the whole array. */
    static final int TINY = 4;

    static final int SMALL = 1024;

    static final String MAIN = "main";

    private final int size;
    private final int workers;
    private final int threshold;
    private final int rounds;
    private final Narrator n;

    ForkJoinRun(int size, int workers, int threshold, int rounds, Narrator n) {
        this.size = size;
        this.workers = workers;
        this.threshold = threshold;
        this.rounds = rounds;
        this.n = n;
    }

    /** The chosen threshold when none is given: sixteen leaves per worker. */
    static int autoThreshold(int size, int workers) {
        return Math.max(1, size / (16 * workers));
    }

    /** The thresholds the table times: too small, small, the chosen one, the whole array. */
    static List<Integer> thresholds(int size, int threshold) {
        TreeSet<Integer> all = new TreeSet<>(List.of(Math.min(TINY, size), Math.min(SMALL, size), threshold, size));
        return List.copyOf(all);
    }

    /** What has been measured, for Ctrl-C's line; written by the run's thread, read by another. */
    private volatile String done;

    /** What was measured before an interrupt; null before the counted run's end. */
    String soFar() {
        return done;
    }

    ForkJoinReport run() throws InterruptedException, ExecutionException {
        int[] a = Work.array(size);
        long exact = Work.sum(a, 0, size);
        AtomicInteger poolThreads = new AtomicInteger();
        ThreadFactory named = r -> new Thread(r, "pool-" + poolThreads.incrementAndGet());
        try (Workers fj = new Workers(workers);
                ExecutorService fixed = Executors.newFixedThreadPool(workers, named)) {
            // The counted run: every task records who forked it; a steal is told as it happens.
            long poolStealsBefore = fj.pool.getStealCount();
            long counted = invoke(
                    fj,
                    new SumTask(
                            a,
                            0,
                            size,
                            threshold,
                            fj,
                            (thief, task) -> n.event(
                                    thief.getName(),
                                    "stole [%,d, %,d) forked by %s"
                                            .formatted(
                                                    task.from(),
                                                    task.to(),
                                                    task.forker().getName()))));
            long poolSteals = fj.pool.getStealCount() - poolStealsBefore;
            check(counted == exact, "counted fork/join");
            List<ForkJoinReport.WorkerSteals> steals = new ArrayList<>();
            long stealsTotal = 0;
            long tasksTotal = 0;
            for (int w = 0; w < workers; w++) {
                steals.add(new ForkJoinReport.WorkerSteals(Workers.name(w + 1), fj.steals.get(w), fj.ran.get(w)));
                stealsTotal += fj.steals.get(w);
                tasksTotal += fj.ran.get(w);
            }
            n.event(
                    MAIN,
                    "counted run: %,d tasks, %,d stolen (per worker: %s)"
                            .formatted(tasksTotal, stealsTotal, per(steals)));

            String countedRun = "counted run: %,d tasks, %,d stolen".formatted(tasksTotal, stealsTotal);
            done = countedRun;

            // The timed rounds.
            List<Integer> levels = thresholds(size, threshold);
            Map<String, Way> ways = new LinkedHashMap<>();
            ways.put("sequential", () -> Work.sum(a, 0, size));
            for (int t : levels) {
                ways.put("fj@" + t, () -> invoke(fj, new SumTask(a, 0, size, t, null, null)));
            }
            ways.put("fixed-chunks", () -> flat(fixed, a, workers));
            ways.put("fixed-leaves", () -> flat(fixed, a, (int) SumTask.leaves(size, threshold)));
            List<String> names = List.copyOf(ways.keySet());
            Map<String, List<Double>> times = new LinkedHashMap<>();
            names.forEach(name -> times.put(name, new ArrayList<>()));
            Map<String, Boolean> exactSums = new LinkedHashMap<>();
            for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT up, not counted
                StringBuilder line = new StringBuilder(round == 0 ? "warm-up:" : "round " + round + ":");
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + round) % names.size());
                    if (Thread.currentThread().isInterrupted()) { // a cancelled run: the loop alone never looks
                        throw new InterruptedException();
                    }
                    long start = System.nanoTime();
                    long sum = ways.get(name).sum();
                    long took = System.nanoTime() - start;
                    exactSums.merge(name, sum == exact, Boolean::logicalAnd);
                    if (round > 0) {
                        times.get(name).add(took / 1e6);
                    }
                    line.append(' ').append(name).append(' ').append(Units.millis(took));
                }
                n.event(MAIN, line.toString());
                if (round > 0) {
                    done = "%s; %d of %d timed rounds: %s".formatted(countedRun, round, rounds, line);
                }
            }
            check(
                    exactSums.get("sequential") && exactSums.get("fixed-chunks") && exactSums.get("fixed-leaves"),
                    "a flat split");
            double sequential = median(times.get("sequential"));
            double forkJoin = median(times.get("fj@" + threshold));
            double chunks = median(times.get("fixed-chunks"));
            double leaves = median(times.get("fixed-leaves"));
            double best = levels.stream()
                    .mapToDouble(t -> median(times.get("fj@" + t)))
                    .min()
                    .orElseThrow();
            List<ForkJoinReport.ThresholdRow> rows = new ArrayList<>();
            for (int t : levels) {
                double ms = median(times.get("fj@" + t));
                rows.add(new ForkJoinReport.ThresholdRow(
                        t,
                        SumTask.tasks(size, t),
                        SumTask.leaves(size, t),
                        Units.round2(ms),
                        exactSums.get("fj@" + t),
                        Units.round2(ms / best)));
            }
            return new ForkJoinReport(
                    size,
                    workers,
                    Runtime.getRuntime().availableProcessors(),
                    threshold,
                    rounds,
                    exact,
                    steals,
                    stealsTotal,
                    tasksTotal,
                    poolSteals,
                    new ForkJoinReport.Times(
                            Units.round2(sequential),
                            Units.round2(forkJoin),
                            Units.round2(chunks),
                            Units.round2(leaves)),
                    new ForkJoinReport.Speedup(
                            Units.round2(sequential / forkJoin),
                            Units.round2(sequential / chunks),
                            Units.round2(sequential / leaves)),
                    rows);
        }
    }

    /** One way of computing the sum. */
    private interface Way {
        long sum() throws InterruptedException, ExecutionException;
    }

    /**
     * Runs {@code root} on a worker of the pool and waits for it. Not {@code pool.invoke}: a
     * caller outside the pool that joins may run the root itself, and the root would have no worker.
     */
    private static long invoke(Workers fj, SumTask root) throws InterruptedException, ExecutionException {
        CompletableFuture<Long> done = new CompletableFuture<>();
        fj.pool.execute(() -> {
            try {
                done.complete(root.invoke());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get();
    }

    /** The fixed pool's way: {@code parts} equal ranges, one future each, summed by the caller. */
    private static long flat(ExecutorService fixed, int[] a, int parts)
            throws InterruptedException, ExecutionException {
        List<Future<Long>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) a.length * p / parts);
            int to = (int) ((long) a.length * (p + 1) / parts);
            futures.add(fixed.submit(() -> Work.sum(a, from, to)));
        }
        long sum = 0;
        for (Future<Long> f : futures) {
            sum += f.get();
        }
        return sum;
    }

    private static double median(List<Double> values) {
        return Percentiles.median(values);
    }

    private static String per(List<ForkJoinReport.WorkerSteals> steals) {
        StringBuilder s = new StringBuilder();
        for (ForkJoinReport.WorkerSteals w : steals) {
            s.append(s.isEmpty() ? "" : ", ").append(w.worker()).append(' ').append(w.steals());
        }
        return s.toString();
    }

    private static void check(boolean exact, String what) {
        if (!exact) {
            throw new IllegalStateException(what + ": the sum differs from the sequential one");
        }
    }
}
