package dev.concdemo.demos.cpu.gil;

import java.util.List;

/**
 * What {@code concdemo gil} measured; printed as JSON with --json.
 *
 * @param fibN the fib(n) each CPU-bound thread computes
 * @param switchIntervalMs the simulated GIL's switch interval (CPython's default: 5)
 * @param cpu one row per thread count: wall time and throughput speedup without and with the GIL
 * @param io the IO-bound thread's waits for the GIL after each 1 ms of IO, per setup
 */
record GilReport(String scenario, int fibN, double switchIntervalMs, int cores, List<CpuRow> cpu, List<IoRow> io) {

    /**
     * @param noGilMs wall time for all threads to compute fib(n) each, on the JVM as it is (best of 3)
     * @param noGilSpeedup threads x (time of 1 thread) / this time: work done per unit of time, relative to one thread
     * @param gilSwitches, gilDropRequests, gilWastedWakeups what the simulated GIL counted (seed 004's thrashing)
     */
    record CpuRow(
            int threads,
            long noGilMs,
            double noGilSpeedup,
            long gilMs,
            double gilSpeedup,
            long gilSwitches,
            long gilDropRequests,
            long gilWastedWakeups) {}

    /** @param opsPerSecond IO operations done per second; the wait percentiles in milliseconds */
    record IoRow(String setup, int ops, double opsPerSecond, double p50Ms, double p99Ms, double maxMs) {}
}
