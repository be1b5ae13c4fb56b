package dev.concdemo.demos.coro.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * asyncio.Future: a result that is not there yet, bound to one {@link EventLoop}. It is
 * pending, then done exactly once with a result, an exception, or cancelled. Done callbacks
 * never run inside {@code setResult}: each is scheduled on the loop with call_soon, as asyncio
 * does. Not thread-safe, like asyncio's: only the loop's thread touches it (another thread
 * goes through {@link EventLoop#callSoonThreadsafe}).
 */
class LoopFuture<T> {
    private enum State {
        PENDING,
        RESULT,
        EXCEPTION,
        CANCELLED
    }

    final EventLoop loop;
    private State state = State.PENDING;
    private T result;
    private RuntimeException exception;
    private List<Consumer<LoopFuture<T>>> callbacks = new ArrayList<>();

    LoopFuture(EventLoop loop) {
        this.loop = loop;
    }

    final boolean isDone() {
        return state != State.PENDING;
    }

    final boolean isCancelled() {
        return state == State.CANCELLED;
    }

    /** The exception it ended with, null if none (asyncio's future.exception()). */
    final RuntimeException exception() {
        return state == State.EXCEPTION ? exception : null;
    }

    /** The result; throws its exception, or CancelledError if it was cancelled. */
    final T result() {
        loop.checkThread();
        return switch (state) {
            case PENDING -> throw new IllegalStateException("Result is not set.");
            case RESULT -> result;
            case EXCEPTION -> throw exception;
            case CANCELLED -> throw new CancelledError(this + " was cancelled");
        };
    }

    final void setResult(T value) {
        finish(State.RESULT, value, null);
    }

    final void setException(RuntimeException e) {
        finish(State.EXCEPTION, null, e);
    }

    /** Cancels it if still pending; true if it was (a {@link Task} overrides this: it asks). */
    boolean cancel() {
        if (isDone()) {
            return false;
        }
        finish(State.CANCELLED, null, null);
        return true;
    }

    /** Calls {@code callback} (soon, on the loop) when done; at once (soon) if already done. */
    final void addDoneCallback(Consumer<LoopFuture<T>> callback) {
        loop.checkThread();
        if (isDone()) {
            loop.callSoon(() -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    private void finish(State how, T value, RuntimeException e) {
        loop.checkThread();
        if (isDone()) {
            throw new IllegalStateException("invalid state: " + this + " is already done");
        }
        state = how;
        result = value;
        exception = e;
        List<Consumer<LoopFuture<T>>> toCall = callbacks;
        callbacks = List.of();
        for (Consumer<LoopFuture<T>> callback : toCall) {
            loop.callSoon(() -> callback.accept(this));
        }
    }

    @Override
    public String toString() {
        return "<Future " + state.name().toLowerCase(java.util.Locale.ROOT) + ">";
    }
}
