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
 *
 * <p>Two modes, as asyncio has. Normal (asyncio's default): a plain {@code call_soon} or
 * {@code call_later} from another thread is accepted without a word and nobody wakes the
 * loop, so a parked loop runs it only when it wakes for something else (a timer, a
 * thread-safe call). CPython appends to its ready deque under the GIL; ours hands it through
 * the same concurrent queue as {@code call_soon_threadsafe}, minus the wake-up (Java has no
 * GIL to make a plain append safe). Debug ({@code asyncio.run(..., debug=True)}): the same
 * call is refused with asyncio's RuntimeError message (only that check of debug mode is
 * modelled). {@code call_soon_threadsafe} is the right way in both.
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
    private final ConcurrentLinkedQueue<Timer> timersFromOtherThreads = new ConcurrentLinkedQueue<>();
    private final long origin = System.nanoTime();
    private final Trace trace;
    private final boolean debug;
    private volatile boolean woken; // set by call_soon_threadsafe: the loop must not (go on) park
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

    /** A loop in asyncio's normal mode. */
    EventLoop(Trace trace) {
        this(trace, false);
    }

    /** {@code debug}: asyncio's debug mode, whose thread check refuses another thread's call_soon. */
    EventLoop(Trace trace, boolean debug) {
        this.trace = trace;
        this.debug = debug;
    }

    boolean debug() {
        return debug;
    }

    /** asyncio.get_running_loop(), or null when no loop runs on this thread. */
    static EventLoop running() {
        return RUNNING.get();
    }

    /** loop.time(): the loop's own monotonic clock, in seconds. */
    double time() {
        return (System.nanoTime() - origin) / 1e9;
    }

    /**
     * Runs {@code callback} in the next iteration, after those already ready (FIFO). From
     * another thread: refused in debug mode; in normal mode accepted, and the loop is not woken.
     */
    void callSoon(Runnable callback) {
        if (fromAnotherThread()) {
            fromOtherThreads.add(callback); // BROKEN: as asyncio, no wake-up; a parked loop sleeps on
        } else {
            ready.add(callback);
        }
    }

    /** Runs {@code callback} once {@code delay} has passed (on the loop's clock), never before. */
    TimerHandle callLater(Duration delay, Runnable callback) {
        TimerHandle handle = new TimerHandle();
        long when = System.nanoTime() + Math.max(0, delay.toNanos());
        if (fromAnotherThread()) {
            timersFromOtherThreads.add(new Timer(when, -1, callback, handle)); // as call_soon: no wake-up
        } else {
            timers.add(new Timer(when, seq++, callback, handle));
        }
        return handle;
    }

    /** The call another thread should make: hands the callback in and wakes the loop. */
    void callSoonThreadsafe(Runnable callback) {
        fromOtherThreads.add(callback);
        woken = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** True if the caller is not the running loop's thread; in debug mode that is refused. */
    private boolean fromAnotherThread() {
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) {
            return false;
        }
        if (debug) {
            throw new IllegalStateException(NOT_THREAD_SAFE);
        }
        return true;
    }

    /** asyncio's RuntimeError for a loop call from another thread, in debug mode. */
    static final String NOT_THREAD_SAFE =
            "Non-thread-safe operation invoked on an event loop other than the current one";

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
        woken = false;
        takeFromOtherThreads();
        if (ready.isEmpty() && !stopping) {
            waitForWork();
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

    /**
     * The only place the loop waits: parked until the next timer is due (without end if there
     * is none), a call_soon_threadsafe, or an interrupt. A spurious return from park parks
     * again, so a plain call_soon from another thread is never picked up early by chance.
     */
    private void waitForWork() {
        while (!woken && !Thread.currentThread().isInterrupted()) {
            Timer next = timers.peek();
            if (next == null) {
                LockSupport.park(this);
            } else {
                long left = next.when - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
            }
        }
    }

    /** True while the loop's thread is parked in {@link #waitForWork}: it will not look at its queues. */
    boolean parked() {
        Thread t = thread;
        return t != null
                && LockSupport.getBlocker(t) == this
                && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
    }

    private void takeFromOtherThreads() {
        for (Runnable r; (r = fromOtherThreads.poll()) != null; ) {
            ready.add(r);
        }
        for (Timer t; (t = timersFromOtherThreads.poll()) != null; ) {
            timers.add(new Timer(t.when, seq++, t.callback, t.handle));
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
        timersFromOtherThreads.clear();
    }

    /**
     * Fails unless called on the loop's thread (or while it is not running). Our futures check
     * this in both modes, asyncio's do not: without a GIL, a future touched by two threads
     * would be a data race, not just a missed wake-up.
     */
    void checkThread() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            throw new IllegalStateException(NOT_THREAD_SAFE);
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
