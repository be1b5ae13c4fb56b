package dev.concdemo.demos.sync.semaphore;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * What {@code concdemo semaphore} measured; printed as JSON with --json.
 *
 * @param permits the semaphore's permits (the seed: 5); {@code threads} how many want one (23)
 * @param maxInside the most threads ever inside at once, measured: at most {@code permits}
 * @param waves threads / permits, rounded up: the batches they pass in
 * @param lowerBoundMs waves x the time each stays inside
 * @param inside every change of how many threads were inside, in order: two per thread (its
 *     enter and its leave), so the count over time is exact between them
 */
record SemaphoreReport(
        int permits,
        int threads,
        int maxInside,
        int finished,
        int waves,
        long lowerBoundMs,
        long elapsedMs,
        List<Change> inside) {

    /**
     * From {@code ms} after the run began, {@code inside} threads were inside; printed as a pair
     * {@code [ms, inside]} to keep the list short.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Change(double ms, int inside) {}
}
