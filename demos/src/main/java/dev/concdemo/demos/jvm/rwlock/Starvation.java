package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Percentiles;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Part 2: can a stream of readers starve a writer? Readers take turns so that the read lock is
 * never free: each holds it for {@code hold}, lets go and at once asks again, their holds
 * staggered so that some reader is always inside. A writer asks for the write lock
 * {@value #WRITES} times; its wait is measured, with the non-fair lock and with the fair one.
 * Each reader that gets in while the writer is queued is counted: it overtook the writer.
 */
final class Starvation {
    /** Write attempts per lock. */
    static final int WRITES = 5;

    /** How long the writer asks before it is called starved (at least): the run never waits one out. */
    static final Duration GIVE_UP = Duration.ofSeconds(2);

    /** One lock's figures. */
    record Side(double medianWaitMs, double maxWaitMs, long readsPastQueuedWriter, int gaveUp, long reads) {}

    private final int readers;
    private final Duration hold;
    private final Narrator n;

    Starvation(int readers, Duration hold, Narrator n) {
        this.readers = readers;
        this.hold = hold;
        this.n = n;
    }

    Side run(boolean fair) throws InterruptedException {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock(fair);
        AtomicBoolean stop = new AtomicBoolean(); // set by the writer when it is done: the readers then stop
        AtomicLong overtook = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        double[] waits = new double[WRITES]; // written by the writer, read after the join
        int[] gaveUp = {0};
        Crew crew = new Crew();
        Thread writer = Thread.ofPlatform()
                .name(RwlockRun.WRITER)
                .unstarted(() -> write(rw, fair ? "fair" : "non-fair", waits, gaveUp, stop));
        for (int i = 1; i <= readers; i++) {
            long offset = hold.toNanos() * (i - 1) / readers; // staggered: the lock is never free
            crew.start(RwlockRun.reader(i), () -> readStream(rw, offset, writer, stop, overtook, reads));
        }
        crew.add(writer);
        crew.join();
        return new Side(
                Units.round2(Percentiles.median(waits)),
                Units.round2(max(waits)),
                overtook.get(),
                gaveUp[0],
                reads.get());
    }

    /** 2 s, or ten readers' holds if that is longer (a long --time-scale). */
    private Duration giveUp() {
        Duration tenHolds = hold.multipliedBy(10);
        return tenHolds.compareTo(GIVE_UP) > 0 ? tenHolds : GIVE_UP;
    }

    /** The writer: {@value #WRITES} times, asks for the write lock and measures how long it waited. */
    private void write(ReentrantReadWriteLock rw, String label, double[] waits, int[] gaveUp, AtomicBoolean stop) {
        try {
            Thread.sleep(hold.multipliedBy(2)); // the stream is flowing first
            for (int i = 0; i < WRITES; i++) {
                long asked = System.nanoTime();
                boolean got = rw.writeLock().tryLock(giveUp().toMillis(), TimeUnit.MILLISECONDS); // fair if the lock is
                long waited = System.nanoTime() - asked;
                n.trace().span(label + ": waiting for the write lock", asked, asked + waited);
                waits[i] = waited / 1e6;
                if (!got) {
                    gaveUp[0]++;
                    n.event(RwlockRun.WRITER, "%s lock: starved, gave up after %.2f ms".formatted(label, waited / 1e6));
                    continue;
                }
                try {
                    n.event(RwlockRun.WRITER, "%s lock: write lock after %.2f ms".formatted(label, waited / 1e6));
                } finally {
                    rw.writeLock().unlock();
                }
                // Two to three holds: a pause out of step with the readers' rhythm.
                Thread.sleep(Duration.ofNanos(
                        hold.toNanos() * 2 + ThreadLocalRandom.current().nextLong(hold.toNanos() + 1)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop.set(true);
        }
    }

    /** A reader of the stream: takes the read lock, holds it, lets go, asks again at once. */
    private void readStream(
            ReentrantReadWriteLock rw,
            long offsetNanos,
            Thread writer,
            AtomicBoolean stop,
            AtomicLong overtook,
            AtomicLong reads) {
        try {
            Thread.sleep(Duration.ofNanos(offsetNanos));
            while (!stop.get()) {
                rw.readLock().lockInterruptibly();
                try {
                    reads.incrementAndGet();
                    if (rw.hasQueuedThread(writer)) {
                        overtook.incrementAndGet(); // in, although the writer was waiting in the queue
                    }
                    Thread.sleep(hold);
                } finally {
                    rw.readLock().unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
