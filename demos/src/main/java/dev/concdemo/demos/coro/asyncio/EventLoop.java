package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Trace;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * An event loop of our own, the shape of asyncio's: ONE thread runs every callback, one
 * after another. A callback never blocks; anything that would wait (a sleep, a result from
 * another thread) becomes a future plus a callback for when it is done. Each iteration:
 * take what other threads handed in, wait (parked) only while nothing is ready (until the
 * next timer), move due timers to the ready queue, run exactly the callbacks that were
 * ready. {@code ready}, {@code timers} and every future are touched by the loop's thread
 * only; {@code fromOtherThreads} is the one door for other threads.
 */
final class EventLoop implements AutoCloseable {
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

    /** A callback due at {@code when}; ties run in the order they were scheduled. */
    private record Timer(long when, long seq, Runnable callback, TimerHandle handle) {}

    /** What call_later returns: cancel() keeps the callback from running. */
    static final class TimerHandle {
        private boolean cancelled;

        void cancel() {
            cancelled = true;
        }
    }

    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>((a, b) -> a.when != b.when ? Long.compare(a.when, b.when) : Long.compare(a.seq, b.seq));
    private final ConcurrentLinkedQueue<Runnable> fromOtherThreads = new ConcurrentLinkedQueue<>();
    private final long origin = System.nanoTime();
    private final Trace trace;
    private final List<Coro<?>> made = new ArrayList<>(); // coroutine objects made while this loop ran
    private final List<String> callbackErrors = new ArrayList<>();
    private volatile Thread thread; // the one running it; null while it is not running
    private boolean stopping;
    private boolean closed;
    private Task<?> current;
    private long seq;
    private long tasks;
    private long callbacks;
    private long iterations;
    private long stepNanos;

    EventLoop(Trace trace) {
        this.trace = trace;
    }

    /** asyncio.get_running_loop(), or null when no loop runs on this thread. */
    static EventLoop running() {
        return RUNNING.get();
    }

    /** loop.time(): the loop's own monotonic clock, in seconds. */
    double time() {
        return (System.nanoTime() - origin) / 1e9;
    }

    /** Runs {@code callback} in the next iteration, after those already ready (FIFO). */
    void callSoon(Runnable callback) {
        checkThread();
        ready.add(callback);
    }

    /** Runs {@code callback} once {@code delay} has passed (on the loop's clock), never before. */
    TimerHandle callLater(Duration delay, Runnable callback) {
        checkThread();
        TimerHandle handle = new TimerHandle();
        timers.add(new Timer(System.nanoTime() + Math.max(0, delay.toNanos()), seq++, callback, handle));
        return handle;
    }

    /** The only call another thread may make: hands the callback in and wakes the loop. */
    void callSoonThreadsafe(Runnable callback) {
        fromOtherThreads.add(callback);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** asyncio.create_task: wraps the coroutine object in a task, scheduled to start soon. */
    <T> Task<T> createTask(Coro<T> coro) {
        return new Task<>(this, coro, "Task-" + ++tasks);
    }

    /** Runs the loop until {@code main} (as a task) is done; gives its result or throws its exception. */
    <T> T runUntilComplete(Coro<T> main) throws InterruptedException {
        return runUntilComplete(createTask(main));
    }

    <T> T runUntilComplete(LoopFuture<T> future) throws InterruptedException {
        future.addDoneCallback(_ -> stop());
        runForever();
        if (!future.isDone()) {
            throw new IllegalStateException("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    /** Runs iterations until {@link #stop} is called; InterruptedException when this thread is interrupted. */
    void runForever() throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("Event loop is closed");
        }
        if (thread != null) {
            throw new IllegalStateException("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw new IllegalStateException("Cannot run the event loop while another loop is running");
        }
        thread = Thread.currentThread();
        RUNNING.set(this);
        try {
            while (!stopping) {
                runOnce();
            }
        } finally {
            stopping = false;
            RUNNING.remove();
            thread = null;
        }
    }

    /** Ends run_forever once the current iteration is over. */
    void stop() {
        stopping = true;
    }

    private void runOnce() throws InterruptedException {
        takeFromOtherThreads();
        if (ready.isEmpty() && !stopping) {
            Timer next = timers.peek(); // the only place the loop waits: parked until the next timer,
            if (next == null) { // or without end, until another thread's call or an interrupt unparks it
                LockSupport.park(this);
            } else if (next.when > System.nanoTime()) {
                LockSupport.parkNanos(this, next.when - System.nanoTime());
            }
            takeFromOtherThreads();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("event loop interrupted");
        }
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Timer due = timers.poll();
            if (!due.handle.cancelled) {
                ready.add(due.callback);
            }
        }
        for (int n = ready.size(); n > 0; n--) { // those ready now; what they schedule waits a turn
            Runnable callback = ready.poll();
            callbacks++;
            try {
                callback.run();
            } catch (RuntimeException e) { // asyncio logs "Exception in callback" and goes on
                callbackErrors.add(e.toString());
            }
        }
        iterations++;
    }

    private void takeFromOtherThreads() {
        for (Runnable r; (r = fromOtherThreads.poll()) != null; ) {
            ready.add(r);
        }
    }

    /** Pending callbacks are dropped; coroutine objects never run are reported by {@link #neverAwaited}. */
    @Override
    public void close() {
        if (thread != null) {
            throw new IllegalStateException("Cannot close a running event loop");
        }
        closed = true;
        ready.clear();
        timers.clear();
        fromOtherThreads.clear();
    }

    /** Fails unless called on the loop's thread (or while it is not running), as asyncio's debug mode checks. */
    void checkThread() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            throw new IllegalStateException(
                    "Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    void made(Coro<?> coro) {
        made.add(coro);
    }

    /** The task whose body is running now; null in a plain callback. */
    Task<?> currentTask() {
        return current;
    }

    void enter(Task<?> task) {
        current = task;
    }

    void leave(Task<?> task, long startNanos) {
        current = null;
        long end = System.nanoTime();
        stepNanos += end - startNanos;
        trace.span(task.name + " step", startNanos, end);
    }

    Trace trace() {
        return trace;
    }

    /** The names of the coroutine objects made while it ran and never run ("was never awaited"). */
    List<String> neverAwaited() {
        return made.stream().filter(c -> !c.started()).map(c -> c.name).toList();
    }

    List<String> callbackErrors() {
        return callbackErrors;
    }

    long callbacks() {
        return callbacks;
    }

    long iterations() {
        return iterations;
    }
}
