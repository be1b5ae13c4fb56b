package dev.concdemo.demos.sync.prodcons;

import java.util.Map;

/**
 * What {@code concdemo prodcons} did; printed as JSON with --json.
 *
 * @param stop "pill" (one None per consumer) or "join" (JoinableQueue: task_done and join)
 * @param produced items put; {@code consumed} items handled; {@code duplicates} and {@code missing} must be 0
 * @param perConsumer items each consumer handled
 * @param maxQueued the most items ever waiting in the queue (at most {@code capacity})
 */
record ProdConsReport(
        String scenario,
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
        long elapsedMs,
        boolean exactlyOnce) {}
