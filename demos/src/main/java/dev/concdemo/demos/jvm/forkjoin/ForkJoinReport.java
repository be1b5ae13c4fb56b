package dev.concdemo.demos.jvm.forkjoin;

import java.util.List;

/**
 * What {@code concdemo forkjoin} measured; printed as JSON with --json. Times are medians over
 * {@code rounds} interleaved rounds (after one warm-up round that is not counted), in ms.
 *
 * @param sum the array's sum, computed sequentially; every split's sum is compared with it
 * @param steals per worker, from the counted run at {@code threshold}: tasks it ran that another
 *     worker had forked
 * @param stealsTotal the steals above added up; {@code tasksTotal} the tasks that run made
 * @param poolStealCount the pool's own {@code getStealCount()} after that run (it counts at its
 *     own points, and may differ from ours)
 * @param speedup sequential time / each parallel time
 * @param thresholds the same fork/join sum at other thresholds: what a bad one costs
 */
record ForkJoinReport(
        int size,
        int workers,
        int cores,
        int threshold,
        int rounds,
        long sum,
        List<WorkerSteals> steals,
        long stealsTotal,
        long tasksTotal,
        long poolStealCount,
        Times times,
        Speedup speedup,
        List<ThresholdRow> thresholds) {

    /** @param tasksRun tasks this worker ran, its own and stolen ones */
    record WorkerSteals(String worker, long steals, long tasksRun) {}

    /**
     * @param fixedPoolChunksMs a fixed pool of {@code workers} threads, the array cut into
     *     {@code workers} equal chunks, one future each; {@code fixedPoolLeavesMs} the same pool
     *     given fork/join's leaves (the ranges at {@code threshold}) as flat tasks from its one queue
     */
    record Times(double sequentialMs, double forkJoinMs, double fixedPoolChunksMs, double fixedPoolLeavesMs) {}

    record Speedup(double forkJoin, double fixedPoolChunks, double fixedPoolLeaves) {}

    /**
     * @param tasks tasks the split makes; {@code leaves} of them plain loops
     * @param sumExact the split's sum equals {@code sum}, in every round
     * @param vsBest this median / the fastest threshold's median
     */
    record ThresholdRow(int threshold, long tasks, long leaves, double medianMs, boolean sumExact, double vsBest) {}
}
