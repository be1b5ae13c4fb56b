package dev.concdemo.demos.coro.asyncio;

import java.util.List;

/**
 * What {@code concdemo asyncio} measured; printed as JSON with --json (after the head the
 * command adds: {@code scenario}, {@code timeScale}).
 *
 * @param thread the thread every loop ran on (the scenario's own)
 * @param coroutineThreads every thread a coroutine's line or a loop callback ran on: just that one
 * @param callbacks callbacks the loops ran in steps 1-11 (each task step is one)
 * @param sequentialMs step 1: say_after(1), then say_after(2), awaited in turn
 * @param tasksMs step 2: the same as two tasks
 * @param nestedAwaited step 3: await nested()
 * @param nestedTask step 3: await create_task(nested())
 * @param neverAwaited coroutine objects made and never run, as Python's RuntimeWarning names them
 * @param helloMs step 4: the seed's hello(), whose sleep is not awaited
 * @param factorialLines step 5's first nine lines, in the order printed (they interleave)
 * @param gatherResults step 5: gather's results, in the order given
 * @param gatherMs step 5: how long gather took
 * @param gatherRaised step 6: what gather raised with return_exceptions=False
 * @param gatherRaisedAtMs when it raised
 * @param othersRanOn whether the other coroutines went on running after gather raised
 * @param returnExceptions step 6: gather's results with return_exceptions=True
 * @param executorThread step 7: where run_in_executor's blocking work ran
 * @param ticksDuringExecutor step 7: the ticker's ticks while the work ran on the pool
 * @param longestGapBlockedMs step 7: the ticker's longest gap once the coroutine blocked the loop
 * @param asyncioRunRefused step 8: the error asyncio.run gave inside a running loop
 * @param displayLoopTimes step 9: loop.time() at each line, from the first
 * @param waitForMs step 10: when wait_for raised TimeoutError
 * @param cancelledInside step 10: whether the task got CancelledError at its own await
 * @param shieldTimedOutMs step 11: when wait_for(shield(task)) raised TimeoutError
 * @param shieldedResult step 11: the shielded task's result, awaited afterwards
 * @param shieldedMs step 11: when it came
 * @param loop step 12: the loop's own calls
 * @param otherThread step 13: call_soon from another thread, in normal and debug mode, and
 *     call_soon_threadsafe
 * @param lostUpdate step 14: a shared count, with an await between read and write, without,
 *     and with a lock held across it
 * @param java step 15: Java's futures
 */
record AsyncioReport(
        String thread,
        List<String> coroutineThreads,
        long callbacks,
        long sequentialMs,
        long tasksMs,
        int nestedAwaited,
        int nestedTask,
        List<String> neverAwaited,
        long helloMs,
        List<String> factorialLines,
        List<String> gatherResults,
        long gatherMs,
        String gatherRaised,
        long gatherRaisedAtMs,
        boolean othersRanOn,
        List<String> returnExceptions,
        String executorThread,
        int ticksDuringExecutor,
        long longestGapBlockedMs,
        String asyncioRunRefused,
        List<Double> displayLoopTimes,
        long waitForMs,
        boolean cancelledInside,
        long shieldTimedOutMs,
        String shieldedResult,
        long shieldedMs,
        LoopTour.Result loop,
        OtherThreadCalls.Result otherThread,
        LostUpdate.Result lostUpdate,
        JavaFutures.Result java) {}
