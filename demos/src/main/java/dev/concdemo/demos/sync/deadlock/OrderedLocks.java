package dev.concdemo.demos.sync.deadlock;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * FIXED by lock ordering: both functions take A before B. A thread waiting for A holds
 * nothing, so no thread can hold B while waiting for A and no wait-for cycle can close.
 */
record OrderedLocks(ReentrantLock a, ReentrantLock b, Duration pause) implements LockingProtocol {

    @Override
    public void func1(Worker worker) throws InterruptedException {
        LockingProtocol.seedFunc1(worker, a, b);
    }

    @Override
    public void func2(Worker worker) throws InterruptedException {
        worker.lock(a, "A", Worker.FUNC2_A); // A first, as everywhere
        try {
            worker.pause(pause);
            worker.lock(b, "B", Worker.FUNC2_B);
            worker.unlock(b, "B");
        } finally {
            worker.unlock(a, "A");
        }
    }
}
