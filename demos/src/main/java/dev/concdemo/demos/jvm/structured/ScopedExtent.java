package dev.concdemo.demos.jvm.structured;

import dev.concdemo.support.term.Narrator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A ScopedValue is bound for the extent of one call ({@code ScopedValue.where(V, x).run(op)}):
 * inside op, and in whatever op calls, {@code V.get()} is x; when op returns it is unbound
 * again, whatever op did. A ThreadLocal set in a task stays set on its thread until someone
 * removes it: on a pooled thread, the next task finds it. Both are shown on one pooled thread.
 * Final in JDK 25 (JEP 506): no preview needed, so this runs here.
 */
final class ScopedExtent {
    /** The pooled thread's name. */
    static final String WORKER = "worker";

    static final ScopedValue<String> REQUEST = ScopedValue.newInstance();
    static final ThreadLocal<String> REQUEST_LOCAL = new ThreadLocal<>();

    /**
     * @param boundInside REQUEST.isBound() inside where(...).run
     * @param valueInside REQUEST.get() there
     * @param boundAfter REQUEST.isBound() once run returned, on the same thread
     * @param nextTaskSawScopedValue the next task on that pooled thread found REQUEST bound
     * @param nextTaskSawThreadLocal what it found in the ThreadLocal the first set and did not remove (null: nothing)
     */
    record Result(
            boolean boundInside,
            String valueInside,
            boolean boundAfter,
            boolean nextTaskSawScopedValue,
            String nextTaskSawThreadLocal) {}

    private final Narrator n;

    ScopedExtent(Narrator n) {
        this.n = n;
    }

    Result run() throws InterruptedException {
        try (ExecutorService pool = Executors.newSingleThreadExecutor(NamedThreads.platform(WORKER))) {
            boolean[] inside = new boolean[2]; // bound inside, bound after: written by the worker, read after get()
            String[] value = new String[1];
            pool.submit(() -> {
                        ScopedValue.where(REQUEST, Order.ID).run(() -> {
                            inside[0] = REQUEST.isBound();
                            value[0] = REQUEST.get();
                            n.event(
                                    WORKER,
                                    "ScopedValue.where(REQUEST, %s).run(...): inside, REQUEST.get() = %s"
                                            .formatted(Order.ID, value[0]));
                            // BROKEN: set and never removed, as happens when a task ends early
                            REQUEST_LOCAL.set(Order.ID);
                            n.event(WORKER, "REQUEST_LOCAL.set(%s), no remove()".formatted(Order.ID));
                        });
                        inside[1] = REQUEST.isBound();
                        n.event(WORKER, "run(...) returned: REQUEST.isBound() = " + inside[1]);
                    })
                    .get();
            boolean[] sawScoped = new boolean[1];
            String[] sawLocal = new String[1];
            pool.submit(() -> {
                        sawScoped[0] = REQUEST.isBound();
                        sawLocal[0] = REQUEST_LOCAL.get();
                        n.event(
                                WORKER,
                                "next task, same thread: REQUEST.isBound() = %s, REQUEST_LOCAL.get() = %s"
                                        .formatted(sawScoped[0], sawLocal[0]));
                    })
                    .get();
            return new Result(inside[0], value[0], inside[1], sawScoped[0], sawLocal[0]);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
