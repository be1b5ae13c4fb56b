package dev.concdemo.demos.jvm.latch;

/**
 * What {@code concdemo latch} measured; printed as JSON with --json.
 *
 * @param runners threads that waited at the start gate and counted down the end gate
 * @param arrivalSpreadMs last runner at the start gate - first (they warm up for random times)
 * @param releaseSpreadMs last runner through the start gate - first: one countDown released them all
 * @param countDownToFirstPassMs first runner through - main's countDown: never negative
 * @param passedBeforeCountDown runners that found the gate's "opened" flag unset after their await returned:
 *     0, since nobody passes before the count reaches zero
 * @param finishSpreadMs last runner's countDown on the end gate - first
 * @param endGateWaitMs how long main blocked in the end gate's await
 * @param endGateWakeMs main's wake-up - the last runner's countDown
 * @param finishedAtWake runners that had counted down when main woke: all of them
 * @param countAfterExtraCountDown getCount() after a countDown on the end gate at 0: still 0
 * @param countBeforeSecondAwait getCount() just before the second await on the end gate
 * @param secondAwaitMs how long that second await took: it returns at once, the gate stays open
 * @param countDownsDuringSecondAwait countDowns by anyone while it waited: 0 (every runner had ended)
 * @param reusable false: a latch has no reset (CyclicBarrier has)
 */
record LatchReport(
        int runners,
        double arrivalSpreadMs,
        double releaseSpreadMs,
        double countDownToFirstPassMs,
        int passedBeforeCountDown,
        double finishSpreadMs,
        double endGateWaitMs,
        double endGateWakeMs,
        int finishedAtWake,
        long countAfterExtraCountDown,
        long countBeforeSecondAwait,
        double secondAwaitMs,
        int countDownsDuringSecondAwait,
        boolean reusable) {}
