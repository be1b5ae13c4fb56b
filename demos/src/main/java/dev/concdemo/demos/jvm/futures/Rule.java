package dev.concdemo.demos.jvm.futures;

/**
 * Where a CompletableFuture stage runs, and why. A non-async stage ({@code thenApply},
 * {@code thenCombine}, {@code exceptionally}, ...) runs its function on whichever thread is
 * there when both the stage and its input are ready: the caller, if the input is already
 * complete when the stage is added; otherwise the thread that completes the input. An
 * {@code *Async} stage is always handed to an executor: the one given, or the default one,
 * {@code ForkJoinPool.commonPool()}.
 */
enum Rule {
    /** The input was complete when the stage was added: the function ran at once, in the caller. */
    CALLER,
    /** The stage was added first: the thread that completed the input ran it. */
    COMPLETER,
    /** {@code *Async} with no executor: a worker of {@code ForkJoinPool.commonPool()}. */
    COMMON_POOL,
    /** {@code *Async} with an executor given: one of its threads. */
    OWN_EXECUTOR,
    /** Two inputs (thenCombine, allOf): the thread that completed the later of them. */
    LAST_TO_COMPLETE,
    /** anyOf: the thread that completed the first of its inputs. */
    FIRST_TO_COMPLETE,
    /** orTimeout: the delay scheduler's thread completed the future with a TimeoutException. */
    DELAY_SCHEDULER;

    /** The name in JSON: "common-pool". */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
