package dev.concdemo.demos.sync.condition;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A bounded buffer built on one lock and two conditions (seed 000: threading's Condition):
 * a producer waits on {@code notFull} while the buffer is full, a consumer on {@code notEmpty}
 * while it is empty, and each signals the other after changing it. Waits are in loops: a
 * woken thread checks its predicate again, since another may have got there first.
 */
final class BoundedBuffer<T> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<T> items = new ArrayDeque<>(); // guarded by lock
    private final int capacity;
    private final Consumer<String> onWait;
    private int waits; // guarded by lock
    private int maxSize; // guarded by lock

    BoundedBuffer(int capacity, Consumer<String> onWait) {
        this.capacity = capacity;
        this.onWait = onWait;
    }

    void put(T item) throws InterruptedException {
        lock.lock();
        try {
            while (items.size() == capacity) { // CONDITION PREDICATE: not full
                waits++;
                onWait.accept("buffer full (%d/%d): waiting on notFull".formatted(items.size(), capacity));
                notFull.await();
            }
            items.addLast(item);
            maxSize = Math.max(maxSize, items.size());
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    T take() throws InterruptedException {
        lock.lock();
        try {
            while (items.isEmpty()) { // CONDITION PREDICATE: not empty
                waits++;
                onWait.accept("buffer empty: waiting on notEmpty");
                notEmpty.await();
            }
            T item = items.removeFirst();
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    int waits() {
        lock.lock();
        try {
            return waits;
        } finally {
            lock.unlock();
        }
    }

    int maxSize() {
        lock.lock();
        try {
            return maxSize;
        } finally {
            lock.unlock();
        }
    }
}
