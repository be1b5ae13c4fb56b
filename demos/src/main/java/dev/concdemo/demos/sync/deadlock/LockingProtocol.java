package dev.concdemo.demos.sync.deadlock;

import java.util.concurrent.locks.ReentrantLock;

/**
 * How a {@link Worker} takes the two locks in the seed's {@code func1} and {@code func2}.
 * The variants are siblings named by their property: {@link AbbaLocks} (deadlock-prone;
 * with one reentrant lock for both names it is the seed's RLock fix), {@link OrderedLocks}
 * and {@link TimedTryLocks}. Every lock taken is released in a {@code finally}, so a thread
 * interrupted while waiting gives back what it holds.
 */
sealed interface LockingProtocol permits AbbaLocks, OrderedLocks, TimedTryLocks {

    /** Takes A, then B, then releases both. */
    void func1(Worker worker) throws InterruptedException;

    /** Takes its two locks with the seed's 2-second sleep between them, then releases both. */
    void func2(Worker worker) throws InterruptedException;

    /** The seed's func1 as it is: take A, then B, release both. Already in the global order. */
    static void seedFunc1(Worker worker, ReentrantLock a, ReentrantLock b) throws InterruptedException {
        worker.lock(a, "A", Worker.FUNC1_A);
        try {
            worker.lock(b, "B", Worker.FUNC1_B);
            worker.unlock(b, "B");
        } finally {
            worker.unlock(a, "A");
        }
    }
}
