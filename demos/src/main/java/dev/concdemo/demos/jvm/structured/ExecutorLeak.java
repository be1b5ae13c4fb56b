package dev.concdemo.demos.jvm.structured;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The same order with an ExecutorService, for contrast: the caller submits the four parts to a
 * pool it shares (one virtual thread per task), waits on charge, and when charge fails it
 * returns the error and moves on. Nothing ties the other tasks to the call: they run on,
 * leaked, until we end them with shutdownNow. (close() on the executor would wait for them,
 * not cancel them.)
 */
final class ExecutorLeak {
    /** How long after the caller moved on the pool's threads are checked. */
    static final Duration CHECK_AFTER = Duration.ofMillis(200);

    /**
     * @param callerGaveUpAfterMs from the submits to charge.get() throwing
     * @param leaked the tasks whose thread was still alive {@link #CHECK_AFTER} after the caller moved on
     * @param checkedAfterMs when they were checked, after the caller moved on
     * @param endedByUs of those, the ones interrupted by our shutdownNow whose thread then ended
     */
    record Result(double callerGaveUpAfterMs, List<String> leaked, double checkedAfterMs, List<String> endedByUs) {}

    private final Narrator n;
    private final Map<String, Boolean> interruptedByUs = new ConcurrentHashMap<>(); // written by each task

    ExecutorLeak(Narrator n) {
        this.n = n;
    }

    Result run() throws InterruptedException {
        NamedThreads threads = NamedThreads.virtual(Order.names("pool-"));
        ExecutorService pool = Executors.newThreadPerTaskExecutor(threads); // shared: not the caller's to close
        try {
            long submitted = System.nanoTime();
            caller(pool);
            long movedOn = System.nanoTime();
            Thread.sleep(CHECK_AFTER);
            long checked = System.nanoTime();
            List<Thread> alive = threads.made().stream().filter(Thread::isAlive).toList();
            List<String> leaked = alive.stream().map(Thread::getName).toList();
            n.event(
                    StructuredRun.MAIN,
                    "%d ms later, still running: %s (isAlive)"
                            .formatted(CHECK_AFTER.toMillis(), leaked.isEmpty() ? "none" : String.join(", ", leaked)));
            n.event(StructuredRun.MAIN, "we end them: pool.shutdownNow() interrupts them");
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            List<String> ended = new ArrayList<>();
            for (Thread t : alive) {
                t.join(Duration.ofSeconds(5)); // the executor counts a task done just before its thread ends
                if (!t.isAlive() && interruptedByUs.containsKey(t.getName())) {
                    ended.add(t.getName());
                }
            }
            return new Result(ms(movedOn - submitted), leaked, ms(checked - movedOn), ended);
        } finally {
            pool.shutdownNow(); // cancelled: no task outlives the run
        }
    }

    /**
     * The caller: submits the four parts and waits for charge. When it fails, returns.
     *
     * <p>BROKEN: nobody cancels stock and history: they run on after the call has given up.
     */
    private void caller(ExecutorService pool) throws InterruptedException {
        List<Future<String>> futures = new ArrayList<>();
        for (String part : Order.PARTS) {
            futures.add(pool.submit(() -> part(part)));
        }
        n.event(StructuredRun.MAIN, "submitted user, stock, charge, history; charge.get()");
        try {
            futures.get(Order.PARTS.indexOf(Order.FAILS)).get();
        } catch (ExecutionException e) {
            n.event(
                    StructuredRun.MAIN,
                    "charge.get() threw ExecutionException (%s): the caller returns the error and moves on"
                            .formatted(e.getCause().getMessage()));
        }
    }

    private String part(String part) throws InterruptedException {
        String me = Thread.currentThread().getName();
        Duration work = Order.work(part);
        n.event(me, "working %d ms".formatted(work.toMillis()));
        try {
            Thread.sleep(work);
        } catch (InterruptedException e) {
            interruptedByUs.put(me, true);
            n.event(me, "interrupted by shutdownNow(): ends");
            throw e;
        }
        if (part.equals(Order.FAILS)) {
            n.event(me, "throws IllegalStateException(\"%s\")".formatted(Order.DECLINED));
            throw new IllegalStateException(Order.DECLINED);
        }
        n.event(me, "done");
        return part;
    }

    private static double ms(long nanos) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", nanos / 1e6));
    }
}
