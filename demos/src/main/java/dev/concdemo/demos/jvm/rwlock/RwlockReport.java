package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Units;
import java.time.Duration;

/**
 * What {@code concdemo rwlock} measured; printed as JSON with --json.
 *
 * @param maxReadersInside the most readers inside the read lock at once (a counter they raise inside)
 * @param writes writes in part 1, each checking who else was inside
 * @param writerAloneAlways every write found no reader and no other writer inside
 * @param writesNotAlone writes that found a reader or another writer inside (0 when the lock works)
 * @param readsBesideAWriter reads in part 1 that found a writer inside (0 when the lock works)
 * @param readerHoldMs how long each reader of part 2's stream held the read lock
 * @param writerWaitMs the writer's median wait for the write lock under the reader stream, per lock
 * @param writerWaitMaxMs its longest wait, per lock
 * @param readsPastQueuedWriter reads that got in while the writer waited in the queue, per lock
 * @param writerGaveUp write attempts given up after {@link Starvation#GIVE_UP} (starved), per lock
 * @param downgradeWorked write lock, then read lock, then write lock released: read lock alone held
 * @param readerBesideDowngrade another thread got the read lock while the downgraded holder read
 * @param upgrade the read → write upgrade: its self-deadlock seen by the watchdog and ended
 * @param optimisticRetries failed validations of optimistic reads (each then read again)
 * @param tornCaught failed validations whose x and y differed: what a read without validate would have used
 * @param inconsistentResults reads whose result had x ≠ y (0: validation caught every torn pair)
 * @param readLockFallbacks reads that failed {@link Optimistic#TRIES} validations and took the read lock
 * @param retryShown the case by construction: a write between x and y made validate fail, the retry succeeded
 */
record RwlockReport(
        int readers,
        int maxReadersInside,
        long writes,
        boolean writerAloneAlways,
        long writesNotAlone,
        long readsBesideAWriter,
        double readerHoldMs,
        ByLock writerWaitMs,
        ByLock writerWaitMaxMs,
        CountByLock readsPastQueuedWriter,
        CountByLock writerGaveUp,
        boolean downgradeWorked,
        boolean readerBesideDowngrade,
        UpgradeDeadlock upgrade,
        long optimisticReads,
        long optimisticRetries,
        long tornCaught,
        long inconsistentResults,
        long readLockFallbacks,
        long optimisticWrites,
        boolean retryShown) {

    /** A figure for each lock: {@code new ReentrantReadWriteLock()} and {@code new ReentrantReadWriteLock(true)}. */
    record ByLock(double nonFair, double fair) {}

    /** A count for each lock. */
    record CountByLock(long nonFair, long fair) {}

    /**
     * @param detected the watchdog saw the thread WAITING in the write lock's queue, holding the only read lock
     * @param stillStuckAfterMs when it looked again, still stuck (ms since the upgrader started)
     * @param jvmDeadlockDetectorSawIt whether ThreadMXBean.findDeadlockedThreads named the thread
     * @param brokenByInterrupt the interrupt ended its lockInterruptibly with InterruptedException
     * @param endedAfterMs when the upgrader had ended (ms since it started)
     */
    record UpgradeDeadlock(
            boolean detected,
            double detectedAfterMs,
            double stillStuckAfterMs,
            boolean jvmDeadlockDetectorSawIt,
            boolean brokenByInterrupt,
            double endedAfterMs) {}

    static RwlockReport of(
            int readers,
            Overlap.Result o,
            Duration hold,
            Starvation.Side nonFair,
            Starvation.Side fair,
            Upgrade.Result u,
            Optimistic.Result p) {
        return new RwlockReport(
                readers,
                o.maxReadersInside(),
                o.writes(),
                o.writes() > 0 && o.writesNotAlone() == 0,
                o.writesNotAlone(),
                o.readsBesideAWriter(),
                Units.round2(hold.toNanos() / 1e6),
                new ByLock(nonFair.medianWaitMs(), fair.medianWaitMs()),
                new ByLock(nonFair.maxWaitMs(), fair.maxWaitMs()),
                new CountByLock(nonFair.readsPastQueuedWriter(), fair.readsPastQueuedWriter()),
                new CountByLock(nonFair.gaveUp(), fair.gaveUp()),
                u.downgradeHeldReadOnly(),
                u.otherReaderDuringDowngrade(),
                new UpgradeDeadlock(
                        u.deadlockDetected(),
                        u.detectedAfterMs(),
                        u.stillStuckAfterMs(),
                        u.jvmDeadlockDetectorSawIt(),
                        u.brokenByInterrupt(),
                        u.endedAfterMs()),
                p.reads(),
                p.retries(),
                p.tornCaught(),
                p.inconsistentResults(),
                p.fallbacks(),
                p.writes(),
                p.shownRetry());
    }
}
