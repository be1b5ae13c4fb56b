package dev.concdemo.demos.coro.yield;

import dev.concdemo.demos.coro.Coroutine;
import java.util.function.Consumer;

/**
 * A Python generator on the JDK's continuations ({@link Coroutine}): its body runs until it
 * yields, and {@link #next}/{@link #send} run it on to its next yield, handing it a value
 * that its {@link Yielder#yield_ yield} returns. One thread does all of it: nothing runs at
 * the same time as anything else, it only takes turns.
 *
 * @param <T> what is sent in
 */
final class Generator<T> {
    /** What a body uses to yield: {@code T sent = yielder.yield_()} is Python's {@code sent = yield}. */
    interface Yielder<T> {
        T yield_();
    }

    private final Coroutine body;
    private T sent; // the value handed in by send, read by the body when its yield returns

    Generator(Consumer<Yielder<T>> body) {
        this.body = new Coroutine(() -> body.accept(() -> {
            Coroutine.suspend();
            return sent;
        }));
    }

    /** {@code next(gen)}: runs the body to its next yield (the first time, from its start). */
    void next() {
        send(null);
    }

    /** {@code gen.send(value)}: the pending yield returns {@code value}, and the body runs to its next yield. */
    void send(T value) {
        if (body.isDone()) {
            throw new IllegalStateException("StopIteration: the generator has ended");
        }
        sent = value;
        body.resume();
    }
}
