package dev.concdemo.demos.sync.interleave;

/**
 * One numbered line of a thread's code, run as one atomic step: nothing of another thread
 * happens in the middle of it. That is the model's one assumption, and the learner's to
 * question: {@code ticket -= 1} is three steps here (read, compute, write) because the
 * bytecode is, while {@code q.get()} is one because a queue takes its own lock around it.
 *
 * @param code the line as the learner reads it, indented as in Python
 * @param guard why the thread cannot run this line now (a lock held, an empty queue), or null
 * @param action what running it changes: variables, where the thread goes next, an exception
 */
record Step(String code, Guard guard, Action action) {
    /** Why the thread cannot take this step in the state {@code world} shows; null if it can. */
    @FunctionalInterface
    interface Guard {
        Blocked blocked(World world);
    }

    /** Runs the step on {@code world}, a copy of the state it changes. */
    @FunctionalInterface
    interface Action {
        void run(World world);
    }

    /** A step that can always run. */
    static Step of(String code, Action action) {
        return new Step(code, _ -> null, action);
    }

    /**
     * Why a thread cannot move.
     *
     * @param key the reason's text in the bundle ({@code blocked.lock}), filled with {@code args}
     * @param holder the thread whose move would free it (the lock's holder), 0 if none: a cycle of
     *     holders is a deadlock
     */
    record Blocked(String key, int holder, Object... args) {}
}
