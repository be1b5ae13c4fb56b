package dev.concdemo.demos.proc.ipc;

import java.time.Duration;

/**
 * What a process asks the queue's owner: one call of multiprocessing.Queue's, sent as one
 * {@code Wire} line over the queue's socket; the owner answers each with a {@link Reply}.
 */
sealed interface Request {
    /** {@code q.put(item)} by process {@code from}: the owner answers Done once there is room. */
    record Put(long from, String item) implements Request {}

    /**
     * {@code q.get()}, {@code q.get(timeout=...)} or {@code q.get_nowait()}: the owner answers
     * with an Item, or Nothing if none came in time (null timeout: wait as long as it takes).
     */
    record Get(Duration timeout, boolean nowait) implements Request {}

    /** {@code q.full()}: answered Yes or No. */
    record IsFull() implements Request {}

    /** {@code q.empty()}: answered Yes or No. */
    record IsEmpty() implements Request {}

    /** {@code q.task_done()} of a JoinableQueue: answered Done, or Failed if nothing was unfinished. */
    record TaskDone() implements Request {}

    /** {@code q.join()} of a JoinableQueue: answered Done once every item put is task_done. */
    record Join() implements Request {}
}
