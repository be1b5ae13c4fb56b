package dev.concdemo.demos.jvm.structured;

/**
 * What the preview child ({@code preview.ScopeChild}, in a JVM started with
 * {@code --enable-preview}) tells its parent, a {@code ToParent} message each. Public: the
 * child's package is another one, compiled apart (demos/pom.xml).
 */
public sealed interface ChildSays {
    /** A line of narration: {@code who} (a thread's name) did {@code text}. */
    record Said(String who, String text) implements ChildSays {}

    /** The memory part begins. */
    record MemoryBegins() implements ChildSays {}

    /**
     * The scope's first failure.
     *
     * @param subtask the fork that failed
     * @param failure its exception's message
     * @param failedAfterMs from the scope's opening to the failure
     * @param joinThrew the exception join() threw (its simple name)
     * @param closedAfterFailureMs from the failure to close() returning: every fork's thread ended
     * @param forks subtasks forked in all
     * @param aliveAfterScope forks whose thread was alive after close() returned
     * @param threadLocalSeenByForks forks that saw the owner's ThreadLocal set (none: not inherited)
     * @param scopedValueSeenByForks forks that saw the owner's ScopedValue binding
     */
    record Failed(
            String subtask,
            String failure,
            double failedAfterMs,
            String joinThrew,
            double closedAfterFailureMs,
            int forks,
            int aliveAfterScope,
            int threadLocalSeenByForks,
            int scopedValueSeenByForks)
            implements ChildSays {}

    /**
     * One of the failed fork's siblings.
     *
     * @param name its thread's name
     * @param state its Subtask's state after join
     * @param interruptedAfterMs when it saw the interrupt, in ms after the failure; null if it had finished
     * @param aliveAfterScope whether its thread was alive after close() returned
     */
    record Sibling(String name, String state, Double interruptedAfterMs, boolean aliveAfterScope)
            implements ChildSays {}

    /**
     * Many virtual threads parked at once, heap used measured after GC.
     *
     * @param threads how many, each time
     * @param threadLocalBytesPerThread heap per thread (above the baseline) when each set a ThreadLocal to its own 1 KB
     * @param scopedValueBytesPerThread the same when all read one 1 KB ScopedValue bound once by the owner
     * @param scopedValueReads forks that read the very array the owner bound
     */
    record Memory(int threads, double threadLocalBytesPerThread, double scopedValueBytesPerThread, int scopedValueReads)
            implements ChildSays {}
}
