package dev.concdemo.demos.sync.rlock;

import java.util.List;

/**
 * What {@code concdemo rlock} showed; printed as JSON with --json.
 *
 * @param holdCounts the reentrant lock's hold count after each acquire and release, in order
 * @param otherGotItAtHoldCount the hold count of the first thread when the second thread got the lock (must be 0)
 * @param nonReentrantBlocked whether taking the non-reentrant lock a second time blocked its own holder
 * @param nonReentrantWaitedMs how long that second attempt waited before giving up
 */
record RlockReport(
        List<Integer> holdCounts, int otherGotItAtHoldCount, boolean nonReentrantBlocked, long nonReentrantWaitedMs) {}
