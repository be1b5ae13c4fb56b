package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Part 3: changing a held lock's kind. Downgrading (write → read: take the read lock while
 * holding the write lock, then let the write lock go) is allowed, and other readers can then
 * read beside the holder. Upgrading (read → write) is not: the write lock waits for every
 * reader to leave, the asking thread among them, so it waits for itself. A watchdog sees it
 * (the thread WAITING in the write lock's queue while it holds the read lock, the only reader),
 * and ends it by interrupting the thread, which asked with {@code lockInterruptibly}.
 */
final class Upgrade {
    /** How long the watchdog looks before it gives up looking (a bound, never reached when it works). */
    static final Duration LOOK_FOR = Duration.ofSeconds(5);

    record Result(
            boolean downgradeHeldReadOnly,
            boolean otherReaderDuringDowngrade,
            boolean deadlockDetected,
            double detectedAfterMs,
            double stillStuckAfterMs,
            boolean jvmDeadlockDetectorSawIt,
            boolean brokenByInterrupt,
            double endedAfterMs) {}

    private final Duration confirm; // how long the watchdog watches the stuck thread before it acts
    private final Narrator n;

    Upgrade(Duration confirm, Narrator n) {
        this.confirm = confirm;
        this.n = n;
    }

    Result run() throws InterruptedException {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        boolean[] downgrade = downgrade(rw);
        return upgrade(rw, downgrade[0], downgrade[1]);
    }

    /** Write lock, then read lock, then the write lock released: the holder keeps reading, others may too. */
    private boolean[] downgrade(ReentrantReadWriteLock rw) throws InterruptedException {
        boolean[] result = new boolean[2]; // written by the downgrader, read after its join
        Crew crew = new Crew();
        crew.start(RwlockRun.DOWNGRADER, () -> {
            rw.writeLock().lock();
            n.event(RwlockRun.DOWNGRADER, "write lock taken; now takes the read lock too");
            rw.readLock().lock(); // allowed: the writer may read
            rw.writeLock().unlock(); // downgraded: only the read lock is held now
            try {
                result[0] = rw.getReadHoldCount() == 1 && !rw.isWriteLockedByCurrentThread();
                n.event(
                        RwlockRun.DOWNGRADER,
                        "write lock released: holds the read lock only (%s)"
                                .formatted(result[0] ? "downgraded" : "NOT as expected"));
                Thread other = Thread.ofPlatform().name(RwlockRun.READER_BESIDE).start(() -> {
                    try {
                        if (rw.readLock().tryLock(2, TimeUnit.SECONDS)) {
                            result[1] = true;
                            n.event(RwlockRun.READER_BESIDE, "read lock taken beside the downgraded holder");
                            rw.readLock().unlock();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                rw.readLock().unlock();
            }
        });
        crew.join();
        return result;
    }

    private Result upgrade(ReentrantReadWriteLock rw, boolean heldReadOnly, boolean otherReader)
            throws InterruptedException {
        AtomicBoolean holdsRead = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        Crew crew = new Crew();
        long start = System.nanoTime();
        Thread upgrader = crew.start(RwlockRun.UPGRADER, () -> {
            rw.readLock().lock();
            try {
                holdsRead.set(true);
                n.event(RwlockRun.UPGRADER, "read lock taken; now asks for the write lock");
                // BROKEN: read -> write. The write lock waits until no thread holds the read lock,
                // and this thread holds it while it waits: it waits for itself, for good.
                rw.writeLock().lockInterruptibly();
                rw.writeLock().unlock();
                n.event(RwlockRun.UPGRADER, "got the write lock (unexpected)");
            } catch (InterruptedException e) {
                interrupted.set(true);
                n.event(RwlockRun.UPGRADER, "interrupted: stops asking, lets the read lock go");
                Thread.currentThread().interrupt();
            } finally {
                holdsRead.set(false);
                rw.readLock().unlock();
            }
        });
        // The watchdog (main): the upgrader is stuck on itself when it holds the read lock, is the
        // only reader, and is WAITING in the write lock's queue.
        boolean detected = false;
        double detectedMs = 0;
        double stillMs = 0;
        boolean jvmSawIt = false;
        try {
            long lookUntil = System.nanoTime() + LOOK_FOR.toNanos();
            while (System.nanoTime() - lookUntil < 0 && !(detected = stuck(rw, upgrader, holdsRead))) {
                Thread.sleep(1);
            }
            detectedMs = (System.nanoTime() - start) / 1e6;
            if (detected) {
                n.event(RwlockRun.WATCHDOG, "upgrader WAITING for the write lock while it holds the only read lock");
                Thread.sleep(confirm);
                detected = stuck(rw, upgrader, holdsRead);
                stillMs = (System.nanoTime() - start) / 1e6;
                long[] found = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
                jvmSawIt = found != null && Arrays.stream(found).anyMatch(id -> id == upgrader.threadId());
                n.event(
                        RwlockRun.WATCHDOG,
                        "still stuck after %s (findDeadlockedThreads: %s); interrupting it"
                                .formatted(
                                        Units.millis((long) (stillMs * 1e6)), jvmSawIt ? "sees it" : "sees nothing"));
            }
        } catch (InterruptedException cancelled) {
            upgrader.interrupt(); // the run is cancelled: the stuck thread must not outlive it
            upgrader.join(1000);
            throw cancelled;
        }
        upgrader.interrupt(); // ends it whatever was seen: the run never waits a deadlock out
        crew.join();
        double endedMs = (System.nanoTime() - start) / 1e6;
        return new Result(
                heldReadOnly,
                otherReader,
                detected,
                Units.round2(detectedMs),
                Units.round2(stillMs),
                jvmSawIt,
                interrupted.get(),
                Units.round2(endedMs));
    }

    private static boolean stuck(ReentrantReadWriteLock rw, Thread upgrader, AtomicBoolean holdsRead) {
        return holdsRead.get()
                && rw.getReadLockCount() == 1
                && rw.hasQueuedThread(upgrader)
                && upgrader.getState() == Thread.State.WAITING;
    }
}
