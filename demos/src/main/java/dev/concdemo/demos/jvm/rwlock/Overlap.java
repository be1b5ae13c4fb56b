package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Part 1: a read-write lock lets many readers in at once and a writer in alone. The readers
 * first all take the read lock and meet inside it (a barrier they can only pass together); then
 * readers and two writers mix for a while, every write checking that nobody else is inside.
 */
final class Overlap {
    record Result(int maxReadersInside, long writes, long writesNotAlone, long readsBesideAWriter) {}

    private final int readers;
    private final Duration mix; // how long readers and writers mix
    private final Narrator n;

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock(); // non-fair, the default
    private final AtomicInteger readersInside = new AtomicInteger(); // changed only while holding the read lock
    private final AtomicInteger writersInside = new AtomicInteger(); // changed only while holding the write lock
    private final AtomicInteger maxReaders = new AtomicInteger();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong writesNotAlone = new AtomicLong();
    private final AtomicLong readsBesideAWriter = new AtomicLong();

    Overlap(int readers, Duration mix, Narrator n) {
        this.readers = readers;
        this.mix = mix;
        this.n = n;
    }

    Result run() throws InterruptedException {
        CyclicBarrier together = new CyclicBarrier(readers);
        Crew first = new Crew();
        for (int i = 1; i <= readers; i++) {
            String name = RwlockRun.reader(i);
            first.start(name, () -> meetInside(name, together));
        }
        first.join();

        long end = System.nanoTime() + mix.toNanos();
        Crew mixed = new Crew();
        for (int i = 1; i <= readers; i++) {
            mixed.start(RwlockRun.reader(i), () -> readUntil(end));
        }
        for (int i = 1; i <= 2; i++) {
            String name = RwlockRun.writer(i);
            mixed.start(name, () -> writeUntil(name, end));
        }
        mixed.join();
        return new Result(maxReaders.get(), writes.get(), writesNotAlone.get(), readsBesideAWriter.get());
    }

    /** Takes the read lock and waits inside it for the other readers: they can only all pass if all are in. */
    private void meetInside(String name, CyclicBarrier together) {
        rw.readLock().lock();
        try {
            int now = enter();
            n.event(name, "read lock taken: %d reader(s) inside".formatted(now));
            together.await(5, TimeUnit.SECONDS); // bounded: a reader starved of a CPU does not hang the run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            n.event(name, "gave up waiting for the other readers");
        } finally {
            readersInside.decrementAndGet();
            rw.readLock().unlock();
        }
    }

    private int enter() {
        int now = readersInside.incrementAndGet();
        maxReaders.accumulateAndGet(now, Math::max);
        if (writersInside.get() != 0) {
            readsBesideAWriter.incrementAndGet();
        }
        return now;
    }

    private void readUntil(long end) {
        try {
            while (System.nanoTime() - end < 0) {
                rw.readLock().lockInterruptibly();
                try {
                    enter();
                    Thread.sleep(2);
                } finally {
                    readersInside.decrementAndGet();
                    rw.readLock().unlock();
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntil(String name, long end) {
        try {
            while (System.nanoTime() - end < 0) {
                rw.writeLock().lockInterruptibly();
                try {
                    int writers = writersInside.incrementAndGet();
                    int readersNow = readersInside.get();
                    long done = writes.incrementAndGet();
                    if (writers != 1 || readersNow != 0) {
                        writesNotAlone.incrementAndGet();
                        n.event(name, "NOT alone: %d writer(s), %d reader(s)".formatted(writers, readersNow));
                    } else if (done <= 4) {
                        n.event(name, "write lock taken: alone (0 readers, no other writer)");
                    }
                    Thread.sleep(1);
                } finally {
                    writersInside.decrementAndGet();
                    rw.writeLock().unlock();
                }
                Thread.sleep(3);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
