package dev.concdemo.demos.jvm.structured.preview;

import dev.concdemo.demos.jvm.structured.ChildSays;
import dev.concdemo.demos.jvm.structured.NamedThreads;
import dev.concdemo.demos.jvm.structured.Order;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A structured scope: the owner opens a StructuredTaskScope, forks the order's four parts,
 * each in a virtual thread of its own, and joins them. The default joiner
 * ({@code awaitAllSuccessfulOrThrow}) cancels the scope at the first failure: every fork still
 * running is interrupted, join throws FailedException, and close waits for every fork's thread
 * to end, so nothing forked outlives the block. The owner binds a ScopedValue around it all,
 * which every fork inherits, and sets a ThreadLocal, which none does.
 */
final class FirstFailure {
    /** The scope's owner, this JVM's main thread: the label of its lines. */
    static final String OWNER = "owner";

    static final ScopedValue<String> REQUEST = ScopedValue.newInstance();
    static final ThreadLocal<String> REQUEST_LOCAL = new ThreadLocal<>();

    private final PrintStream out;
    private final Map<String, Long> interruptedAt = new ConcurrentHashMap<>(); // written by each fork, once
    private final AtomicInteger sawScoped = new AtomicInteger();
    private final AtomicInteger sawLocal = new AtomicInteger();
    private volatile long failedAt; // set by charge before it throws; read by the siblings once interrupted

    FirstFailure(PrintStream out) {
        this.out = out;
    }

    void run() throws InterruptedException {
        REQUEST_LOCAL.set(Order.ID);
        try {
            ScopedValue.where(REQUEST, Order.ID).call(() -> {
                scope();
                return null;
            });
        } finally {
            REQUEST_LOCAL.remove();
        }
    }

    private void scope() throws InterruptedException {
        NamedThreads threads = NamedThreads.virtual(Order.names("scope-"));
        long opened = System.nanoTime();
        say(OWNER, "StructuredTaskScope.open(): fork user, stock, charge, history (virtual threads)");
        List<Subtask<String>> subtasks = new ArrayList<>();
        String joinThrew = "nothing";
        String failure = "";
        try (var scope = StructuredTaskScope.open(
                Joiner.<String>awaitAllSuccessfulOrThrow(), // the default joiner, named
                config -> config.withThreadFactory(threads).withName(Order.ID))) {
            for (String part : Order.PARTS) {
                subtasks.add(scope.fork(() -> part(part)));
            }
            say(OWNER, "scope.join(): waiting for all four, or for the first failure");
            try {
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                joinThrew = e.getClass().getSimpleName();
                failure = e.getCause().getMessage();
                say(OWNER, "join() threw FailedException (%s); close() waits for every fork".formatted(failure));
            }
        } // close(): every fork's thread has ended when it returns
        long closed = System.nanoTime();
        List<Thread> made = threads.made();
        int alive = (int) made.stream().filter(Thread::isAlive).count();
        say(OWNER, "scope closed: forks' threads alive: %d of %d".formatted(alive, made.size()));
        for (int i = 0; i < Order.PARTS.size(); i++) {
            String name = made.get(i).getName();
            if (!Order.PARTS.get(i).equals(Order.FAILS)) {
                Long at = interruptedAt.get(name);
                ToParent.send(
                        out,
                        new ChildSays.Sibling(
                                name,
                                subtasks.get(i).state().name(),
                                at == null ? null : ms(at - failedAt),
                                made.get(i).isAlive()));
            }
        }
        ToParent.send(
                out,
                new ChildSays.Failed(
                        "scope-" + Order.FAILS,
                        failure,
                        ms(failedAt - opened),
                        joinThrew,
                        ms(closed - failedAt),
                        made.size(),
                        alive,
                        sawLocal.get(),
                        sawScoped.get()));
    }

    /** One part of the order, in its fork: it reads what it inherited, works, and fails or is interrupted. */
    private String part(String part) throws InterruptedException {
        String me = Thread.currentThread().getName();
        String bound = REQUEST.isBound() ? REQUEST.get() : null;
        if (Order.ID.equals(bound)) {
            sawScoped.incrementAndGet();
        }
        if (REQUEST_LOCAL.get() != null) {
            sawLocal.incrementAndGet(); // never: a fork does not inherit its owner's ThreadLocals
        }
        Duration work = Order.work(part);
        say(
                me,
                "REQUEST.get() = %s, ThreadLocal: %s; working %d ms"
                        .formatted(bound, REQUEST_LOCAL.get(), work.toMillis()));
        try {
            Thread.sleep(work);
        } catch (InterruptedException e) {
            long at = System.nanoTime();
            interruptedAt.put(me, at);
            say(me, "interrupted %.2f ms after charge failed: ends".formatted((at - failedAt) / 1e6));
            throw e; // the scope is cancelled: its result no longer matters
        }
        if (part.equals(Order.FAILS)) {
            say(me, "throws IllegalStateException(\"%s\")".formatted(Order.DECLINED));
            failedAt = System.nanoTime();
            throw new IllegalStateException(Order.DECLINED);
        }
        say(me, "done");
        return part;
    }

    private void say(String who, String text) {
        ToParent.send(out, new ChildSays.Said(who, text));
    }

    private static double ms(long nanos) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", nanos / 1e6));
    }
}
