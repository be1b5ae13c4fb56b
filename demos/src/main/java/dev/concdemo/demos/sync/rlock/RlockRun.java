package dev.concdemo.demos.sync.rlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run of the seed's RLock: one thread takes a ReentrantLock again and again (its hold
 * count rising and falling) while another waits for the count to reach 0; then a plain,
 * non-reentrant lock taken twice by one thread blocks it on itself.
 */
final class RlockRun {
    /** The thread that takes the reentrant lock again and again. */
    static final String HOLDER = "Thread-1";
    /** The thread that waits for the holder's count to reach 0. */
    static final String OTHER = "Thread-2";
    /** Main takes the non-reentrant lock twice. */
    static final String MAIN = "main";
    /** Every label the run's lines carry. */
    static final List<String> NAMES = List.of(HOLDER, OTHER, MAIN);

    private final Duration step; // how long each level holds the lock
    private final Duration blockedAfter; // how long the second acquire of the plain lock waits
    private final Narrator n;

    RlockRun(Duration step, Duration blockedAfter, Narrator n) {
        this.step = step;
        this.blockedAfter = blockedAfter;
        this.n = n;
    }

    RlockReport run() throws InterruptedException {
        ReentrantLock rlock = new ReentrantLock();
        List<Integer> counts = new ArrayList<>(); // written by Thread-1 under rlock; read by Thread-2 under rlock
        AtomicInteger countWhenOtherGotIt = new AtomicInteger(-1);
        Thread other = Thread.ofPlatform().name(OTHER).unstarted(() -> {
            n.event(OTHER, "wants the lock");
            rlock.lock();
            try {
                countWhenOtherGotIt.set(counts.isEmpty() ? -1 : counts.getLast());
                n.event(OTHER, "got it, now that Thread-1's hold count is back to 0");
            } finally {
                rlock.unlock();
            }
        });
        Thread first = Thread.ofPlatform().name(HOLDER).start(() -> {
            try {
                enter(rlock, 1, counts, n, step, other);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.join();
        other.join();

        n.sayPlain("");
        Semaphore lock = new Semaphore(1); // Python's Lock(): a holder asking again waits like anyone else
        lock.acquire();
        n.event(MAIN, "took the non-reentrant lock once");
        long before = System.nanoTime();
        boolean again = lock.tryAcquire(blockedAfter.toNanos(), TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - before;
        if (again) {
            lock.release();
        }
        n.event(
                MAIN,
                again
                        ? "took it again (unexpected)"
                        : Narrator.style(
                                "fg_red",
                                "asked for it again: blocked, waiting for itself; gave up after %s (a plain acquire() would hang here forever)"
                                        .formatted(Units.secondsMs(waited))));
        lock.release();

        return new RlockReport(List.copyOf(counts), countWhenOtherGotIt.get(), !again, waited / 1_000_000);
    }

    /** Takes the lock, then recurses one level deeper, then releases: the hold count goes 1, 2, 3, 2, 1, 0. */
    private static void enter(
            ReentrantLock rlock, int level, List<Integer> counts, Narrator n, Duration step, Thread other)
            throws InterruptedException {
        rlock.lock();
        try {
            counts.add(rlock.getHoldCount());
            n.event(HOLDER, "acquire: hold count %d".formatted(rlock.getHoldCount()));
            if (level == 1) {
                other.start(); // it must wait until the count is 0 again
            }
            Thread.sleep(step);
            if (level < RlockDemo.DEPTH) {
                enter(rlock, level + 1, counts, n, step, other);
            }
        } finally {
            int after = rlock.getHoldCount() - 1;
            counts.add(after); // recorded while still holding it: Thread-2 reads the list only once it has the lock
            n.event(HOLDER, "release: hold count %d".formatted(after));
            rlock.unlock();
        }
    }
}
