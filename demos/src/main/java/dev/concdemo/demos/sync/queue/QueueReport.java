package dev.concdemo.demos.sync.queue;

import java.util.List;

/**
 * What {@code concdemo queue} showed; printed as JSON with --json.
 *
 * @param steps each behaviour of the seed's list, in its order, with what happened
 * @param checkThenActFailures of {@code raceTrials} trials, how often empty() said "not empty" to two threads and
 *     one of them then found nothing: why the seed calls full(), empty() and get_nowait() imprecise
 * @param fifo, lifo, priority the order the three kinds of queue gave back 3, 1, 2
 */
record QueueReport(
        List<Step> steps,
        int raceTrials,
        int checkThenActFailures,
        List<Integer> fifo,
        List<Integer> lifo,
        List<Integer> priority) {
    record Step(String behaviour, String result, long millis) {}
}
