package dev.concdemo.demos.jvm.structured;

import java.util.List;

/**
 * What {@code concdemo structured} measured; printed as JSON with --json.
 *
 * @param childPid the child JVM the preview parts ran in
 * @param childJvmOptions the options it was started with: --enable-preview
 * @param previewHere whether this JVM was started with --enable-preview too (not by concdemo)
 * @param scope the scope whose fork failed (in the child)
 * @param executor the same order on an ExecutorService (here)
 * @param scopedValue a ScopedValue's extent (here) and its inheritance by forks (in the child)
 * @param memory many virtual threads with a ThreadLocal each, or reading one ScopedValue (in the child)
 */
record StructuredReport(
        long childPid,
        String childJvmOptions,
        boolean previewHere,
        Scope scope,
        Executor executor,
        ScopedValues scopedValue,
        Memory memory) {
    /**
     * @param failedSubtask the fork that failed
     * @param failure what it threw
     * @param failedAfterMs from the scope's opening to the failure
     * @param joinThrew what scope.join() threw: FailedException
     * @param closedAfterFailureMs from the failure to close() returning
     * @param forks subtasks forked
     * @param aliveAfterScope forks' threads alive after close() returned: 0
     * @param siblings the failed fork's siblings
     */
    record Scope(
            String failedSubtask,
            String failure,
            double failedAfterMs,
            String joinThrew,
            double closedAfterFailureMs,
            int forks,
            int aliveAfterScope,
            List<Sibling> siblings) {}

    /**
     * @param name its thread
     * @param state its Subtask's state after join: SUCCESS (it had finished) or UNAVAILABLE (cancelled)
     * @param interruptedAfterMs when it saw the interrupt, ms after the failure; null if it had finished first
     * @param aliveAfterScope its thread alive after close() returned
     */
    record Sibling(String name, String state, Double interruptedAfterMs, boolean aliveAfterScope) {}

    /**
     * @param callerGaveUpAfterMs from the submits to charge.get() throwing, when the caller moved on
     * @param leakedStillRunning tasks whose thread was still alive after the caller moved on
     * @param leaked their names
     * @param checkedAfterMs when that was checked, ms after the caller moved on
     * @param endedByUs of those, how many our shutdownNow() interrupted and ended
     */
    record Executor(
            double callerGaveUpAfterMs,
            int leakedStillRunning,
            List<String> leaked,
            double checkedAfterMs,
            int endedByUs) {}

    /**
     * @param boundInside isBound() inside ScopedValue.where(...).run
     * @param boundAfter isBound() after run returned, same thread
     * @param inheritedByForks every fork of the scope saw its owner's binding
     * @param forksThatSawIt how many did, of the scope's forks
     * @param forksThatSawThreadLocal forks that saw the owner's ThreadLocal: 0, not inherited
     * @param nextTaskSawScopedValue the next task on the same pooled thread found it bound
     * @param nextTaskSawThreadLocal what that task found in the ThreadLocal left set (null: nothing)
     */
    record ScopedValues(
            boolean boundInside,
            boolean boundAfter,
            boolean inheritedByForks,
            int forksThatSawIt,
            int forksThatSawThreadLocal,
            boolean nextTaskSawScopedValue,
            String nextTaskSawThreadLocal) {}

    /**
     * @param threads virtual threads parked at once, each time
     * @param valueBytes the value's size
     * @param threadLocalBytesPerThread heap used (after GC, above the baseline) per thread, each with its own value
     * @param scopedValueBytesPerThread the same, all reading one ScopedValue bound once
     * @param scopedValueReads forks that read the owner's very array
     */
    record Memory(
            int threads,
            int valueBytes,
            double threadLocalBytesPerThread,
            double scopedValueBytesPerThread,
            int scopedValueReads) {}
}
