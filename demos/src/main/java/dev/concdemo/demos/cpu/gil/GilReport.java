package dev.concdemo.demos.cpu.gil;

import java.util.List;

/**
 * What {@code concdemo gil} measured; printed as JSON with --json.
 *
 * @param fibN the fib(n) each CPU-bound thread computes, once per round
 * @param switchIntervalMs the simulated GIL's switch interval (CPython's default: 5)
 * @param rounds how many times each CPU-bound configuration was timed, the variants interleaved
 * @param cpu one row per thread count: median wall time and throughput speedup without and with the GIL
 * @param oneThreadGilCost the simulated GIL's median time on one thread ÷ no GIL's: what the lock alone costs
 * @param oldGil two threads under the old GIL (before CPython 3.2), which counts its wasted wake-ups
 * @param io the IO-bound thread's waits for the GIL after each 1 ms of IO, per setup
 * @param race n += 1 by several threads under the simulated GIL, without and with their own lock
 */
record GilReport(
        int fibN,
        double switchIntervalMs,
        int cores,
        int rounds,
        List<CpuRow> cpu,
        double oneThreadGilCost,
        OldGilRow oldGil,
        List<IoRow> io,
        Race race) {

    /**
     * @param noGilMs median wall time for all threads to compute fib(n) each, on the JVM as it is
     * @param noGilSpeedup threads x (median time of 1 thread) / this time: work per unit of time, relative to one thread
     * @param gilSwitches, gilDropRequests, gilWastedWakeups what the simulated GIL counted in its median round
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

    /**
     * @param ms median wall time of two threads computing fib(n) each under the old GIL
     * @param wastedWakeups times (in that round) a waiter was signalled, woke, and found the GIL taken again
     */
    record OldGilRow(int threads, long ms, double speedup, long switches, long wastedWakeups) {}

    /** @param opsPerSecond IO operations done per second; the wait percentiles in milliseconds */
    record IoRow(String setup, int ops, double opsPerSecond, double p50Ms, double p99Ms, double maxMs) {}

    /**
     * @param expected threads x increments: n's final value if no update is lost
     * @param withoutLock n's final value with only the GIL
     * @param lockedIncrements n += 1 per thread with a lock around each (fewer: the lock costs time)
     * @param withOwnLock n's final value then; {@code lockedExpected} if none is lost
     */
    record Race(
            int threads,
            int increments,
            long expected,
            long withoutLock,
            int lockedIncrements,
            long lockedExpected,
            long withOwnLock) {}
}
