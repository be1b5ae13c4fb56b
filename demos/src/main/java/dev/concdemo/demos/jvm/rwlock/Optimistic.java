package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Part 4: StampedLock's optimistic read. A reader takes a stamp (no lock), reads x and y, and
 * asks {@code validate(stamp)}: false if a write lock was taken since, and then what it read may
 * be torn, so it reads again. First one case by construction (the writer writes between the
 * reader's x and its y: the validation must fail), then readers and a writer running together
 * for a while, every retry and every torn pair caught by validation counted.
 */
final class Optimistic {
    /** Failed validations before a reader falls back to the read lock. */
    static final int TRIES = 3;

    record Result(
            boolean shownRetry,
            long reads,
            long retries,
            long tornCaught,
            long inconsistentResults,
            long fallbacks,
            long writes) {}

    private final Duration duration;
    private final Narrator n;

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong torn = new AtomicLong();
    private final AtomicLong inconsistent = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();

    Optimistic(Duration duration, Narrator n) {
        this.duration = duration;
        this.n = n;
    }

    Result run() throws InterruptedException {
        Point p = new Point();
        boolean shown = shownRetry(p);
        AtomicLong writes = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Crew crew = new Crew();
        crew.start(RwlockRun.STAMP_WRITER, () -> {
            for (long v = 1;
                    System.nanoTime() - end < 0 && !Thread.currentThread().isInterrupted();
                    v++) {
                p.set(v, () -> {
                    for (int spin = 0; spin < 50; spin++) {
                        Thread.onSpinWait(); // a wider window between x and y
                    }
                });
                writes.incrementAndGet();
            }
        });
        for (int i = 1; i <= 2; i++) {
            crew.start(RwlockRun.optimist(i), () -> {
                while (System.nanoTime() - end < 0 && !Thread.currentThread().isInterrupted()) {
                    read(p);
                }
            });
        }
        crew.join();
        return new Result(
                shown, reads.get(), retries.get(), torn.get(), inconsistent.get(), fallbacks.get(), writes.get());
    }

    /** One optimistic read, retried while validation fails, then under the read lock; the pair read is checked. */
    private void read(Point p) {
        long rx = 0;
        long ry = 0;
        boolean valid = false;
        for (int attempt = 0; attempt < TRIES && !valid; attempt++) {
            long stamp = p.lock.tryOptimisticRead();
            rx = p.x;
            ry = p.y;
            valid = stamp != 0 && p.lock.validate(stamp);
            if (!valid) {
                retries.incrementAndGet();
                if (rx != ry) {
                    torn.incrementAndGet(); // what a reader without validate would have used
                }
            }
        }
        if (!valid) {
            fallbacks.incrementAndGet();
            long stamp = p.lock.readLock();
            try {
                rx = p.x;
                ry = p.y;
            } finally {
                p.lock.unlockRead(stamp);
            }
        }
        reads.incrementAndGet();
        if (rx != ry) {
            inconsistent.incrementAndGet();
        }
    }

    /** The writer writes between the reader's x and its y, by construction: validation fails, the retry succeeds. */
    private boolean shownRetry(Point p) throws InterruptedException {
        CountDownLatch readX = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        boolean[] shown = new boolean[1]; // written by the reader, read after the join
        Crew crew = new Crew();
        crew.start(RwlockRun.optimist(1), () -> {
            try {
                long stamp = p.lock.tryOptimisticRead();
                long rx = p.x;
                n.event(RwlockRun.optimist(1), "stamp taken without a lock; read x = %d".formatted(rx));
                readX.countDown();
                if (!written.await(5, TimeUnit.SECONDS)) {
                    return;
                }
                long ry = p.y;
                boolean valid = p.lock.validate(stamp);
                n.event(
                        RwlockRun.optimist(1),
                        "read y = %d; validate: %b (a write came between): retry".formatted(ry, valid));
                if (!valid) {
                    retries.incrementAndGet();
                    if (rx != ry) {
                        torn.incrementAndGet();
                    }
                }
                stamp = p.lock.tryOptimisticRead();
                rx = p.x;
                ry = p.y;
                boolean again = p.lock.validate(stamp);
                n.event(RwlockRun.optimist(1), "read x = %d, y = %d; validate: %b".formatted(rx, ry, again));
                shown[0] = !valid && again && rx == ry;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        crew.start(RwlockRun.STAMP_WRITER, () -> {
            try {
                if (readX.await(5, TimeUnit.SECONDS)) {
                    p.set(1, () -> {});
                    n.event(RwlockRun.STAMP_WRITER, "write lock: x = y = 1");
                    written.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        crew.join();
        return shown[0];
    }
}
