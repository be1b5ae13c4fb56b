package dev.concdemo.demos.proc.ipc;

/** The queue owner's answer to one {@link Request}, sent back as one {@code Wire} line. */
sealed interface Reply {
    /** Done: the put went in, the task_done counted, the join's items are all done. */
    record Done() implements Reply {}

    /** An item, and the pid of the process that put it. */
    record Item(long from, String value) implements Reply {}

    /** A get that found no item in time (Python's {@code queue.Empty}). */
    record Nothing() implements Reply {}

    /** The answer to full() or empty(). */
    record Answer(boolean yes) implements Reply {}

    /** A request the queue refuses (task_done called too many times). */
    record Failed(String why) implements Reply {}
}
