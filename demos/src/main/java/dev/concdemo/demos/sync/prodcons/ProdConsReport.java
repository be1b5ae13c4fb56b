package dev.concdemo.demos.sync.prodcons;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo prodcons} did; printed as JSON with --json.
 *
 * @param stop "pill" (one None per consumer) or "join" (JoinableQueue: task_done and join)
 * @param produced items put; {@code consumed} items handled; {@code duplicates} and {@code missing} must be 0
 * @param perConsumer items each consumer handled
 * @param maxQueued the most items ever waiting in the queue (at most {@code capacity})
 * @param putsThatWaited producers' puts that found the queue full and waited (over 2 ms), {@code putWaitMs} in all
 * @param takesThatWaited consumers' takes that found it empty and waited, {@code takeWaitMs} in all
 * @param waitsEndedByPill of those waits, the ones a pill ended (0 with --stop join: no pills)
 * @param consumersReleased consumers the main thread interrupted out of get() at the end: with --stop
 *     join all of them (no pill tells them to stop), with --stop pill the stranded ones
 * @param pills with --stop pill: "per-consumer" (correct) or "per-producer" (the seed's wording); else null
 * @param pillsLeft pills nobody took, still in the queue at the end
 * @param strandedConsumers consumers that no pill reached: blocked in take() forever, detected and released
 */
record ProdConsReport(
        String stop,
        int producers,
        int consumers,
        int capacity,
        int produced,
        int consumed,
        int duplicates,
        int missing,
        Map<String, Integer> perConsumer,
        int maxQueued,
        int putsThatWaited,
        long putWaitMs,
        int takesThatWaited,
        long takeWaitMs,
        int waitsEndedByPill,
        int consumersReleased,
        String pills,
        int pillsPut,
        int pillsLeft,
        List<String> strandedConsumers,
        long elapsedMs,
        boolean exactlyOnce) {}
