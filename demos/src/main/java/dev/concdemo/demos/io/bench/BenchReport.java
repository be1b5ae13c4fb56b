package dev.concdemo.demos.io.bench;

import java.util.List;

/**
 * What {@code concdemo bench} measured; printed as JSON with --json.
 *
 * @param mode "latency" (one connection, fib(n) again and again) or "rps" (connections asking fib(1))
 * @param server "MODEL in a child JVM (pid N)" or "HOST:PORT"
 * @param requestsPerSecond requests / seconds, over all measured connections
 * @param latencyMs round-trip percentiles in milliseconds: p50, p90, p99, max
 * @param perSecond requests answered in each whole second, as perf2 prints them
 * @param intervalMs the length of each interval {@code perInterval} counts ({@link Intervals})
 * @param perInterval answers in each whole interval since the first request, as their round trips ended
 * @param latencyCurve the round trips' percentile curve ({@link LatencyCurve}): p50, p75, p90,
 *     p95, p99, p99.5, p99.9… as far as the round trips counted reach
 * @param service fib, or upper (the seeds' echo: each request is 'hello' and comes back 'HELLO')
 * @param n fib(n) per request; null for upper
 * @param connectPerRequest whether each request had a new connection of its own (no reuse)
 * @param hogN the hog's fib(n), null without one; {@code hogRequestsPerSecond} the rate it got
 * @param steps latency only: seed 003's performance01 opened once, twice, three times: one step per
 *     number of clients (1 to {@code connections}) on each server measured, the model as the JVM runs
 *     it and, where it can, the same model under a simulated GIL; the fields above are the last
 *     step on the first server (all its clients), but for {@code errors} and {@code wrongAnswers},
 *     counted over every step
 * @param cores the processors this JVM saw: up to this many clients can each have one
 * @param loadAverage the machine's one-minute load average at the end (runnable work, of every
 *     process; -1 where the OS does not say): above {@code cores}, others wanted the CPU too
 */
record BenchReport(
        String mode,
        String server,
        int connections,
        String service,
        Integer n,
        boolean connectPerRequest,
        double seconds,
        long requests,
        double requestsPerSecond,
        long errors,
        long wrongAnswers,
        Latency latencyMs,
        List<Long> perSecond,
        long intervalMs,
        List<Long> perInterval,
        List<Percentile> latencyCurve,
        Integer hogN,
        double hogRequestsPerSecond,
        List<Step> steps,
        int cores,
        double loadAverage) {

    record Latency(double p50, double p90, double p99, double max, double mean) {}

    /** The round-trip latency at a percentile: {@code ms} or less for {@code percentile}% of them. */
    record Percentile(double percentile, double ms) {}

    /**
     * One step of the latency ladder.
     *
     * @param server the server measured, as in {@code server}
     * @param simulatedGil whether that server computed fib under a simulated GIL
     * @param clients the connections asking at once, each again as soon as it has its answer
     * @param p50VsAlone this step's p50 ÷ the p50 of the same server's one-client step
     */
    record Step(
            String server,
            boolean simulatedGil,
            int clients,
            long requests,
            double seconds,
            double p50Ms,
            double meanMs,
            double p99Ms,
            double p50VsAlone) {}
}
