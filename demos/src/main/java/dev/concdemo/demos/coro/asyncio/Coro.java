package dev.concdemo.demos.coro.asyncio;

import java.util.function.Supplier;

/**
 * A coroutine object: what calling an {@code async def} function returns in Python. Making
 * one runs nothing; it runs when awaited ({@link Async#await(Coro)}, inline, in the awaiting
 * task, as {@code await nested()} does) or when wrapped in a {@link Task}. It runs once:
 * awaiting it again fails, as Python's "cannot reuse already awaited coroutine" does. One
 * made and never run is reported when its loop closes, as Python's RuntimeWarning is.
 */
final class Coro<T> {
    final String name;
    private final Supplier<T> body;
    private boolean started;

    private Coro(String name, Supplier<T> body) {
        this.name = name;
        this.body = body;
    }

    /** {@code name(...)} called: the coroutine object, not yet run. */
    static <T> Coro<T> of(String name, Supplier<T> body) {
        Coro<T> c = new Coro<>(name, body);
        EventLoop loop = EventLoop.running();
        if (loop != null) {
            loop.made(c);
        }
        return c;
    }

    boolean started() {
        return started;
    }

    /** Runs the body to its end on the current task's stack (its awaits suspend that task). */
    T runHere() {
        if (started) {
            throw new IllegalStateException("cannot reuse already awaited coroutine " + name + "()");
        }
        started = true;
        return body.get();
    }

    @Override
    public String toString() {
        return "<coroutine object " + name + ">";
    }
}
