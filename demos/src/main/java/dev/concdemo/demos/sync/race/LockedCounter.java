package dev.concdemo.demos.sync.race;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * FIXED by mutual exclusion (the seed's {@code mutex.acquire()} … {@code release()}): the
 * same read, pause, write, but only one thread at a time between lock and unlock. Nothing
 * is lost; the price is that the pauses now run one after another.
 */
final class LockedCounter implements Counter {
    private final Duration pause;
    private final ReentrantLock mutex = new ReentrantLock();
    private int value; // guarded by mutex

    LockedCounter(int start, Duration pause) {
        this.value = start;
        this.pause = pause;
    }

    @Override
    public void decrement() throws InterruptedException {
        mutex.lockInterruptibly();
        try {
            int read = value;
            if (!pause.isZero()) {
                Thread.sleep(pause);
            }
            value = read - 1;
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public int value() {
        mutex.lock();
        try {
            return value;
        } finally {
            mutex.unlock();
        }
    }
}
