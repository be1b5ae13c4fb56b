package dev.concdemo.demos.sync.semaphore;

/**
 * What {@code concdemo semaphore} measured; printed as JSON with --json.
 *
 * @param permits the semaphore's permits (the seed: 5); {@code threads} how many want one (23)
 * @param maxInside the most threads ever inside at once, measured: at most {@code permits}
 * @param waves threads / permits, rounded up: the batches they pass in
 * @param lowerBoundMs waves x the time each stays inside
 */
record SemaphoreReport(
        int permits, int threads, int maxInside, int finished, int waves, long lowerBoundMs, long elapsedMs) {}
