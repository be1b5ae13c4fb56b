package dev.concdemo.demos.jvm.pinning;

import java.util.List;

/**
 * What {@code concdemo pinning} measured; printed as JSON with --json.
 *
 * @param blockMs how long each task blocked
 * @param rows one per place the block was: {@code synchronized}, then {@code native}
 */
public record PinningReport(long blockMs, List<Row> rows) {
    /**
     * @param where {@code synchronized} (a monitor held while sleeping) or {@code native} (a sleep under qsort's frame)
     * @param carriers the child JVM's carrier threads
     * @param tasks virtual threads started, each blocking once
     * @param ms how long they all took
     * @param mostAtOnce the most tasks inside their block at the same time (pinned: at most {@code carriers})
     * @param pinnedEvents JFR {@code jdk.VirtualThreadPinned} events recorded meanwhile
     */
    public record Row(String where, int carriers, int tasks, long ms, int mostAtOnce, long pinnedEvents) {}

    /** What pinning forces: the tasks run {@code carriers} at a time, each holding its carrier a block. */
    long pinnedFloorMs(Row row) {
        return (long) Math.ceil((double) row.tasks() / row.carriers()) * blockMs;
    }
}
