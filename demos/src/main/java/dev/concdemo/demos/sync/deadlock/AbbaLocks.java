package dev.concdemo.demos.sync.deadlock;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The seed's code: func1 takes A then B, func2 takes B then A.
 *
 * <p>BROKEN with two locks: a thread in func2 holds B and sleeps; meanwhile another enters
 * func1, takes A and waits for B; the sleeper wakes and waits for A. Each waits for a lock
 * the other holds, and neither can ever move again (the ABBA deadlock).
 *
 * <p>FIXED when {@code a == b} is one {@link ReentrantLock} (the seed's
 * {@code mutexA = mutexB = RLock()}): taking "B" while holding "A" just raises the hold
 * count, and there is no second lock to wait for.
 */
record AbbaLocks(ReentrantLock a, ReentrantLock b, Duration pause) implements LockingProtocol {

    @Override
    public void func1(Worker worker) throws InterruptedException {
        LockingProtocol.seedFunc1(worker, a, b);
    }

    @Override
    public void func2(Worker worker) throws InterruptedException {
        worker.lock(b, "B", Worker.FUNC2_B);
        try {
            worker.pause(pause);
            worker.lock(a, "A", Worker.FUNC2_A); // BROKEN: waits for A while holding B
            worker.unlock(a, "A");
        } finally {
            worker.unlock(b, "B");
        }
    }
}
