package dev.concdemo.demos.io.c10k;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.concdemo.demos.io.fib.server.Model;
import java.util.List;

/**
 * What {@code concdemo c10k} measured; printed as JSON with --json.
 *
 * @param probes round trips the normal client made at each step
 * @param descriptorLimit the open-files limit of this process and the servers (they inherit it)
 * @param descriptorLimitWanted what the run asked the kernel for: the largest step and a margin
 * @param descriptorLimitRefused why the kernel would not raise it that far (null: it did)
 * @param clientsAtMost idle connections this process can hold within its limit
 * @param models one entry per model, in the order run
 */
record C10kReport(
        int probes,
        long descriptorLimit,
        long descriptorLimitWanted,
        String descriptorLimitRefused,
        int clientsAtMost,
        List<ModelSteps> models) {
    /**
     * One model: its steps, and where and why it stopped if it could not hold them all.
     *
     * @param stoppedAt the idle connections it was asked to reach when it stopped; null if it held all
     * @param stopKind what stopped it, one word: processCap, clientLimit, connect, thread, failure,
     *     serverDescriptors, stalled, noAnswer, error
     * @param why what was observed when it stopped, in the run's language
     * @param heapNoiseKb how far apart identical live-heap measurements at step 0 were
     * @param rssNoiseKb how far apart identical RSS readings at step 0 were
     * @param nextLimit for a model stopped by this process's descriptors: the limit it would meet
     *     next at the rate measured, a projection (null: none grew)
     * @param nextLimitNear the connections at which it would meet it, to the nearest thousand
     */
    record ModelSteps(
            @JsonSerialize(using = ToStringSerializer.class) Model model,
            List<Step> steps,
            Integer stoppedAt,
            String stopKind,
            String why,
            Long heapNoiseKb,
            Long rssNoiseKb,
            String nextLimit,
            Long nextLimitNear) {}

    /**
     * One step: {@code connections} idle connections held open, then the normal client's round trips.
     * A per-connection figure is null when its growth was within the noise; its {@code …UnderKb…}
     * twin then bounds it (growth plus noise, per connection); both are null at 0.
     *
     * @param acceptPerSecond new connections a second while ramping up to this step (null at 0)
     * @param threads the server's own threads while holding them
     * @param atStop the count it held when it stopped, between two asked-for steps
     * @param p50Ms null when the server no longer answered (at a stop)
     */
    record Step(
            int connections,
            Double acceptPerSecond,
            long threads,
            long rssKb,
            Double rssKbPerConnection,
            Double rssUnderKbPerConnection,
            Double heapKbPerConnection,
            Double heapUnderKbPerConnection,
            Double p50Ms,
            Double p99Ms,
            boolean atStop) {}
}
