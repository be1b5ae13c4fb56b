package dev.concdemo.demos.os.sched;

/** What a {@link Spinner} tells the parent (a {@code ToParent} message each), besides its plain lines. */
sealed interface SpinnerSays {
    /** Up, and whether it could pin itself to CPU 0 and take its nice value: the window may open. */
    record Ready(boolean pinned, boolean niced) implements SpinnerSays {}

    /** No go came in time: it ends without spinning. */
    record NoGo() implements SpinnerSays {}

    /** The go came after the window had opened: it cannot measure it. */
    record Late() implements SpinnerSays {}

    /** The CPU time it got within the window, in ns. */
    record Cpu(long nanos) implements SpinnerSays {}
}
