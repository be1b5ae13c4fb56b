package dev.concdemo.demos.coro.yield;

import java.util.List;

/**
 * What {@code concdemo yield} measured; printed as JSON with --json.
 *
 * @param printed what func1 and func2 printed, in order: 1 2 3 4
 * @param plainMicros the seed's producer that builds a list and calls the consumer, timed
 * @param sendMicros the seed's producer that sends each item to a generator, timed
 * @param callNs handing one item over by a call
 * @param generatorNs by a generator's send (a continuation switch)
 * @param virtualThreadNs by a hand-off between two virtual threads on one carrier (a child JVM)
 * @param platformThreadNs by a hand-off between two platform threads pinned to one core
 * @param sleepMs the consumer's sleep in step 3 (the seed's 2 s, scaled)
 * @param producedAtMs when the producer produced each item, ms after the first
 * @param sleepingTotalMs step 3's whole time: five sleeps, one after another
 */
record YieldReport(
        List<String> printed,
        double plainMicros,
        double sendMicros,
        double callNs,
        double generatorNs,
        double virtualThreadNs,
        double platformThreadNs,
        boolean pinned,
        long sleepMs,
        List<Long> producedAtMs,
        long sleepingTotalMs) {}
