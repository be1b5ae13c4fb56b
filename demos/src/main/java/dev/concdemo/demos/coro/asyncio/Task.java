package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.demos.coro.Coroutine;

/**
 * asyncio.Task: a {@link Coro} scheduled on a loop. Its body runs inside a stackful
 * coroutine (the JDK's internal continuations, {@link Coroutine}): each {@link #step} resumes
 * it on the loop's thread until it awaits a future that is not done; then it suspends, and the
 * future's done callback schedules the next step. Cancelling asks: the body gets a
 * {@link CancelledError} at the await it is suspended in, and may catch it to clean up.
 * Fields are touched on the loop's thread only.
 */
final class Task<T> extends LoopFuture<T> {
    final String name;
    final Coro<T> coro;
    private final Coroutine coroutine;
    private final long createdNanos = System.nanoTime();
    private boolean started;
    private boolean mustCancel; // cancel() was called: raise CancelledError at the next await
    private LoopFuture<?> waitingOn; // the future its body is suspended on; null while running or ready
    private T value;
    private RuntimeException thrown;

    Task(EventLoop loop, Coro<T> coro, String name) {
        super(loop);
        this.name = name;
        this.coro = coro;
        this.coroutine = new Coroutine(() -> {
            try {
                value = coro.runHere();
            } catch (RuntimeException e) {
                thrown = e;
            }
        });
        loop.callSoon(this::step); // scheduled at once, runs when the loop next gets to it
    }

    /** Runs the body until it suspends or ends; always a callback on the loop's thread. */
    private void step() {
        if (isDone()) {
            return;
        }
        if (mustCancel && !started) { // cancelled before it ever ran: it never will
            super.cancel();
            return;
        }
        started = true;
        long start = System.nanoTime();
        loop.enter(this);
        try {
            coroutine.resume();
        } finally {
            loop.leave(this, start);
        }
        if (coroutine.isDone()) {
            loop.trace().laneSpan("asyncio " + name, coro.name + "()", createdNanos, System.nanoTime());
            if (thrown instanceof CancelledError) {
                super.cancel();
            } else if (thrown != null) {
                setException(thrown);
            } else {
                setResult(value);
            }
        }
    }

    /** Asks the task to stop: it gets CancelledError at its current await (asyncio's Task.cancel). */
    @Override
    boolean cancel() {
        if (isDone()) {
            return false;
        }
        mustCancel = true;
        if (waitingOn != null) {
            waitingOn.cancel(); // its done callback wakes us, and the await raises
        }
        return true;
    }

    /** Called by the body (on its own stack): suspends until {@code f} is done, then gives its result. */
    <R> R await(LoopFuture<R> f) {
        if (mustCancel) {
            mustCancel = false;
            throw new CancelledError(name + " cancelled before await");
        }
        if (!f.isDone()) {
            waitingOn = f;
            f.addDoneCallback(_ -> step());
            Coroutine.suspend(); // back to the loop; resumed by step() once f is done
            waitingOn = null;
        }
        if (mustCancel) {
            mustCancel = false;
            if (!f.isCancelled()) {
                throw new CancelledError(name + " cancelled at its await");
            }
        }
        return f.result(); // a cancelled f raises CancelledError here
    }

    @Override
    public String toString() {
        return "<Task " + name + " " + coro.name + "()>";
    }
}
