package dev.concdemo.demos.jvm.futures;

import java.util.List;

/**
 * What {@code concdemo futures} measured; printed as JSON with --json.
 *
 * @param stages each stage of the pipeline in the order they are numbered: the method, the thread
 *     its function ran on (recorded inside it) and the rule that put it there
 * @param result the pipeline's result, read with join() after allOf
 * @param recovered what exceptionally returned in place of the failed stage's value
 * @param timedOut the exception orTimeout completed its future with
 * @param commonPoolParallelism ForkJoinPool.getCommonPoolParallelism(): cores - 1, at least 1
 * @param starvation blocking stages on the common pool, then on an own executor
 */
record FuturesReport(
        List<Stage> stages,
        int result,
        int recovered,
        String timedOut,
        int commonPoolParallelism,
        int cores,
        Starvation starvation) {

    /** @param why the rule (caller, completer, common-pool, own-executor, ...) */
    record Stage(int stage, String method, String thread, String why, String value) {}

    /**
     * @param blockers stages that sleep {@code blockingMs} each, submitted first; the quick stage is
     *     submitted once {@code min(blockers, parallelism)} of them have started
     */
    record Starvation(int blockers, double blockingMs, Place commonPool, Place ownExecutor) {}

    /**
     * Times in ms since the blockers were submitted.
     *
     * @param quickStageDelayMs the quick stage's start - its submission
     * @param quickStartedMs when the quick stage started; {@code firstBlockerEndedMs} when the
     *     first blocker ended
     * @param threads the threads that ran the blockers and the quick stage
     */
    record Place(
            String executor,
            int threads,
            double quickStageDelayMs,
            double quickSubmittedMs,
            double quickStartedMs,
            double firstBlockerEndedMs,
            boolean quickWaitedForABlocker,
            String quickThread) {}
}
