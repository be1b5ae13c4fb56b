package dev.concdemo.demos.proc.ipc;

import java.util.List;

/**
 * What {@code concdemo ipc} saw; printed as JSON with --json.
 *
 * @param ownerPid the process whose queue it is (concdemo): items travel child → owner → child
 * @param mechanism the OS mechanism the items travel by
 * @param maxsize the queue's bound (the seed's Queue(5))
 * @param messages every item that crossed, with the pids at both ends, in order of arrival
 * @param sixthPutWaitedMs how long main's put on the full queue waited for a child's get
 * @param getNowaitRaised {@code get_nowait()} on the empty queue raised queue.Empty
 * @param getTimeoutRaisedAfterMs {@code get(timeout)} on the empty queue raised after this long
 * @param blockingGetWaitedMs how long main's {@code get()} on the empty queue waited for a child's put
 * @param emptySaid what {@code empty()} answered in step 4 (true)
 * @param thenGot what {@code get_nowait()} got right after, from the item another process had put meanwhile
 * @param rounds the producer/consumer runs: stopped by None, then by JoinableQueue.join
 */
record IpcReport(
        long ownerPid,
        String mechanism,
        int maxsize,
        List<Message> messages,
        double sixthPutWaitedMs,
        boolean getNowaitRaised,
        double getTimeoutRaisedAfterMs,
        double blockingGetWaitedMs,
        boolean emptySaid,
        String thenGot,
        List<Round> rounds) {
    /** One item that crossed from one process to another. */
    record Message(String item, long fromPid, long toPid) {}

    /**
     * A producer/consumer run.
     *
     * @param stop "None per consumer" or "JoinableQueue.join"
     * @param made items the producers said they put
     * @param eaten items the consumers said they ate
     * @param duplicates items eaten more than once
     * @param missing items made and never eaten
     */
    record Round(
            String stop,
            List<Long> producers,
            List<Long> consumers,
            int made,
            int eaten,
            int duplicates,
            int missing,
            boolean exactlyOnce,
            double elapsedMs) {}
}
