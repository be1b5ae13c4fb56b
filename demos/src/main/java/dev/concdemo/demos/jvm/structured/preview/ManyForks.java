package dev.concdemo.demos.jvm.structured.preview;

import dev.concdemo.demos.jvm.structured.ChildSays;
import dev.concdemo.demos.jvm.structured.Order;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memory for many virtual threads: {@code threads} forks, all parked at once, each with its
 * own 1 KB ThreadLocal value; then as many reading one 1 KB ScopedValue their owner bound
 * once (a fork inherits its owner's bindings, a reference each, not a copy). The heap used
 * above the baseline is measured after GC while all are parked, and divided by the threads.
 */
final class ManyForks {
    private static final ThreadLocal<byte[]> LOCAL = new ThreadLocal<>();
    private static final ScopedValue<byte[]> SHARED = ScopedValue.newInstance();

    private final PrintStream out;
    private final int threads;

    ManyForks(PrintStream out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    void run() throws InterruptedException {
        ToParent.send(out, new ChildSays.MemoryBegins());
        double local = perThread(() -> LOCAL.set(new byte[Order.VALUE_BYTES]), "ThreadLocal.set(new byte[1024])");
        byte[] value = new byte[Order.VALUE_BYTES];
        AtomicInteger same = new AtomicInteger();
        double scoped = ScopedValue.where(SHARED, value)
                .call(() -> perThread(
                        () -> {
                            if (SHARED.get() == value) {
                                same.incrementAndGet(); // the owner's array itself: nothing copied
                            }
                        },
                        "SHARED.get(), bound once by the owner"));
        ToParent.send(out, new ChildSays.Memory(threads, local, scoped, same.get()));
    }

    /** Heap per thread, above the baseline, with {@code threads} forks parked after each ran {@code first}. */
    private double perThread(Runnable first, String what) throws InterruptedException {
        long base = usedAfterGc();
        CountDownLatch started = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        double bytes;
        long from = System.nanoTime();
        try (var scope = StructuredTaskScope.open()) {
            for (int i = 0; i < threads; i++) {
                scope.fork(() -> {
                    try {
                        first.run();
                    } finally {
                        started.countDown(); // also if it failed: the owner never waits forever
                    }
                    release.await();
                    return null;
                });
            }
            started.await();
            long used = usedAfterGc();
            bytes = (double) (used - base) / threads;
            say("%,d forks did %s and parked (%.1f s): heap after GC %,d KB above the baseline, %.0f B each"
                    .formatted(threads, what, (System.nanoTime() - from) / 1e9, (used - base) / 1024, bytes));
            release.countDown();
            scope.join();
        }
        return bytes;
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc(); // a second time: what the first freed only by finalising references
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void say(String text) {
        ToParent.send(out, new ChildSays.Said(FirstFailure.OWNER, text));
    }
}
