package dev.concdemo.demos.sync.prodcons;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The seed's JoinableQueue: a bounded blocking queue that also counts unfinished items.
 * {@link #put} adds one to the count, {@link #taskDone} (a consumer has finished an item)
 * takes one off, and {@link #join} waits until the count is zero: everything put has been
 * taken and handled, not merely taken.
 */
final class JoinableQueue<T> {
    private final BlockingQueue<T> queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allDone = lock.newCondition();
    private int unfinished; // guarded by lock

    JoinableQueue(int capacity) {
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    void put(T item) throws InterruptedException {
        lock.lock();
        try {
            unfinished++; // counted before it is visible, so join() cannot miss it
        } finally {
            lock.unlock();
        }
        queue.put(item);
    }

    T take() throws InterruptedException {
        return queue.take();
    }

    void taskDone() {
        lock.lock();
        try {
            if (unfinished == 0) {
                throw new IllegalStateException("task_done() called more times than there were items");
            }
            if (--unfinished == 0) {
                allDone.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    void join() throws InterruptedException {
        lock.lock();
        try {
            while (unfinished > 0) { // CONDITION PREDICATE: every item put has been handled
                allDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    int size() {
        return queue.size();
    }
}
