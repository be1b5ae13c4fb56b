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
 * @param service fib, or upper (the seeds' echo: each request is 'hello' and comes back 'HELLO')
 * @param n fib(n) per request; null for upper
 * @param connectPerRequest whether each request had a new connection of its own (no reuse)
 * @param hogN the hog's fib(n), null without one; {@code hogRequestsPerSecond} the rate it got
 */
record BenchReport(
        String scenario,
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
        Integer hogN,
        double hogRequestsPerSecond) {

    record Latency(double p50, double p90, double p99, double max, double mean) {}
}
