package dev.concdemo.demos.io.c10k;

import java.util.List;

/**
 * What {@code concdemo c10k} measured; printed as JSON with --json.
 *
 * @param probes round trips the normal client made at each step
 * @param models one entry per model, in the order run
 */
record C10kReport(String scenario, int probes, long descriptorLimit, List<ModelSteps> models) {
    /**
     * One model: its steps, and where and why it stopped if it could not hold them all.
     *
     * @param stoppedAt the idle connections it was asked to reach when it failed; null if it held all
     */
    record ModelSteps(String model, List<Step> steps, Integer stoppedAt, String why) {}

    /**
     * One step: {@code connections} idle connections held open, then the normal client's round trips.
     *
     * @param acceptPerSecond new connections a second while ramping up to this step (null at 0)
     * @param threads the server's own threads while holding them
     * @param rssKbPerConnection the server's RSS growth per idle connection since step 0 (null at 0)
     * @param heapKbPerConnection its live heap growth per idle connection after a GC (null at 0)
     */
    record Step(
            int connections,
            Double acceptPerSecond,
            long threads,
            long rssKb,
            Double rssKbPerConnection,
            Double heapKbPerConnection,
            double p50Ms,
            double p99Ms) {}
}
