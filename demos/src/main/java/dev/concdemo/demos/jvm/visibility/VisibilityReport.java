package dev.concdemo.demos.jvm.visibility;

import java.util.List;

/**
 * What {@code concdemo visibility} measured; printed as JSON with --json.
 *
 * @param waitMs how long each child's main waited for its spinner to stop (--wait)
 * @param variants one per variant run, in the order run
 */
record VisibilityReport(long waitMs, List<Variant> variants) {
    /**
     * One child JVM's run.
     *
     * @param variant plain, volatile, interpreted, atomic or opaque
     * @param stopped whether the spinner saw the flag within the wait
     * @param stoppedAfterMicros from main's store to the spinner's exit from its loop; null if never
     * @param spunForMs how long the spinner spun: until it stopped, or until we gave up
     * @param warmUpMs how long the spin method ran on a flag nobody sets before the real spinner
     * @param warmUpTurnsPerMs the warm-up's loop turns per ms (compiled code: millions)
     * @param killed whether we had to end the child (its spinner never stopped)
     */
    record Variant(
            String variant,
            boolean stopped,
            Long stoppedAfterMicros,
            long spunForMs,
            long warmUpMs,
            long warmUpTurnsPerMs,
            boolean killed) {}
}
