package dev.concdemo.demos.jvm.atomics;

import java.util.concurrent.locks.ReentrantLock;

/** Each increment between {@code lock()} and {@code unlock()} of a ReentrantLock (non-fair). */
final class LockedCounter implements Counter {
    private final ReentrantLock lock = new ReentrantLock();
    private long count; // guarded by lock

    @Override
    public long add(long increments) {
        for (long i = 0; i < increments; i++) {
            lock.lock();
            try {
                count++;
            } finally {
                lock.unlock();
            }
        }
        return 0;
    }

    @Override
    public long total() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
