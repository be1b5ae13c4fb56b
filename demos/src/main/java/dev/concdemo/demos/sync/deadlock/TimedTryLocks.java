package dev.concdemo.demos.sync.deadlock;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * FIXED by giving up: the seed's ABBA order, but every lock is tried for at most
 * {@code timeout}. A thread that cannot get its second lock releases its first, backs
 * off for a random while and starts the function again. A wait-for cycle can still form
 * for a moment, but it dissolves when a timeout expires, so it never becomes a deadlock.
 * (Retrying in lock step could livelock; the random back-off makes that vanishingly rare.)
 */
record TimedTryLocks(ReentrantLock a, ReentrantLock b, Duration pause, Duration timeout) implements LockingProtocol {

    @Override
    public void func1(Worker worker) throws InterruptedException {
        takeBoth(worker, a, "A", Worker.FUNC1_A, Duration.ZERO, b, "B", Worker.FUNC1_B);
    }

    @Override
    public void func2(Worker worker) throws InterruptedException {
        takeBoth(worker, b, "B", Worker.FUNC2_B, pause, a, "A", Worker.FUNC2_A);
    }

    private void takeBoth(
            Worker worker,
            ReentrantLock first,
            String firstName,
            String firstStyle,
            Duration between,
            ReentrantLock second,
            String secondName,
            String secondStyle)
            throws InterruptedException {
        while (true) {
            if (worker.tryLock(first, firstName, firstStyle, timeout)) {
                try {
                    worker.pause(between);
                    if (worker.tryLock(second, secondName, secondStyle, timeout)) {
                        worker.unlock(second, secondName);
                        return;
                    }
                } finally {
                    worker.unlock(first, firstName);
                }
                worker.backOff(timeout.multipliedBy(2), "lock " + secondName + " busy, released lock " + firstName);
            } else {
                worker.backOff(timeout.multipliedBy(2), "lock " + firstName + " busy");
            }
        }
    }
}
