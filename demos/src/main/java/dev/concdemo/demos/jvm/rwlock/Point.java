package dev.concdemo.demos.jvm.rwlock;

import java.util.concurrent.locks.StampedLock;

/**
 * A point whose x and y are always written equal, under a StampedLock's write lock; read
 * optimistically (no lock at all: a stamp taken, the fields read, the stamp validated) or,
 * after too many failed validations, under the read lock.
 */
final class Point {
    final StampedLock lock = new StampedLock();
    long x; // guarded by lock: written under its write lock; read optimistically, then validated
    long y; // guarded by lock, as x; always equal to x once a write is done

    /** Sets both under the write lock; {@code between} runs in the middle, to widen the window. */
    void set(long value, Runnable between) {
        long stamp = lock.writeLock();
        try {
            x = value;
            between.run();
            y = value;
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
