package dev.concdemo.demos.sync.pool;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo pool} measured; printed as JSON with --json.
 *
 * @param kind "thread" or "process"
 * @param done tasks that finished; {@code callbacks} how many done-callbacks ran (one per task, whatever its end)
 * @param diedWith a worker that died (process pools only): the task it was running, its pid and how it ended;
 *     null if none did
 * @param notRun tasks still queued when a worker died: the pool ran no more
 * @param allResultsRight every task returned n*n
 * @param distinctWorkers how many different workers ran the tasks (at most {@code workers})
 * @param tasksByWorker which tasks each worker (thread name, or "pid N") ran
 * @param waves tasks / workers, rounded up; {@code expectedMs} waves x each task's work
 * @param submitAfterShutdown thread pools: what one more submit after close() did, "RejectedExecutionException"
 *     (refused, as CPython raises RuntimeError) or "accepted"; null for process pools (not tried)
 */
record PoolReport(
        String kind,
        int workers,
        int tasks,
        int done,
        int callbacks,
        PoolRun.Death diedWith,
        int notRun,
        boolean allResultsRight,
        int distinctWorkers,
        Map<String, List<Integer>> tasksByWorker,
        int waves,
        long expectedMs,
        long elapsedMs,
        String submitAfterShutdown,
        DefaultSizes defaults) {}
