package dev.concdemo.demos.coro.asyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * asyncio's functions, for code running in a task of an {@link EventLoop}: {@code await},
 * {@code sleep}, {@code create_task}, {@code gather}, {@code wait_for}, {@code shield},
 * {@code run_in_executor} and {@code asyncio.run}. Java has no {@code await} keyword: a
 * coroutine calls {@code await(...)}, which suspends its whole task (the stack is kept by the
 * continuation under it) and gives the loop's thread back.
 */
final class Async {
    private Async() {}

    /** asyncio.get_running_loop(): fails outside a running loop, as Python's RuntimeError does. */
    static EventLoop loop() {
        EventLoop loop = EventLoop.running();
        if (loop == null) {
            throw new IllegalStateException("no running event loop");
        }
        return loop;
    }

    /** {@code await future}: suspends the current task until it is done. */
    static <T> T await(LoopFuture<T> future) {
        Task<?> me = loop().currentTask();
        if (me == null) {
            throw new IllegalStateException("'await' outside a coroutine: a plain callback cannot wait");
        }
        return me.await(future);
    }

    /** {@code await coro()}: runs the coroutine here, in the current task; no new task, no scheduling. */
    static <T> T await(Coro<T> coro) {
        if (loop().currentTask() == null) {
            throw new IllegalStateException("'await' outside a coroutine: a plain callback cannot wait");
        }
        return coro.runHere();
    }

    /** asyncio.sleep(delay): a timer on the loop's heap and a future; no thread sleeps. */
    static Coro<Void> sleep(Duration delay) {
        return Coro.of("sleep", () -> {
            EventLoop loop = loop();
            LoopFuture<Void> wakeUp = new LoopFuture<>(loop);
            EventLoop.TimerHandle timer = loop.callLater(delay, () -> {
                if (!wakeUp.isDone()) {
                    wakeUp.setResult(null);
                }
            });
            try {
                return await(wakeUp);
            } finally {
                timer.cancel(); // cancelled early: the timer must not fire for nobody
            }
        });
    }

    static <T> Task<T> createTask(Coro<T> coro) {
        return loop().createTask(coro);
    }

    /**
     * asyncio.gather: runs them all as tasks; a future of their results in order. With
     * {@code returnExceptions} false the first exception is passed on at once and the others
     * go on running (not cancelled); with true, exceptions are results like the others.
     */
    static LoopFuture<List<Object>> gather(boolean returnExceptions, List<Coro<?>> coros) {
        EventLoop loop = loop();
        List<Task<?>> children = new ArrayList<>();
        for (Coro<?> coro : coros) {
            children.add(loop.createTask(coro));
        }
        LoopFuture<List<Object>> outer = new LoopFuture<>(loop);
        int[] left = {children.size()};
        for (Task<?> child : children) {
            child.addDoneCallback(_ -> {
                left[0]--;
                if (outer.isDone()) {
                    return;
                }
                RuntimeException failed =
                        child.isCancelled() ? new CancelledError(child + " was cancelled") : child.exception();
                if (failed != null && !returnExceptions) {
                    outer.setException(failed);
                } else if (left[0] == 0) {
                    List<Object> results = new ArrayList<>();
                    for (Task<?> c : children) {
                        results.add(
                                c.isCancelled()
                                        ? new CancelledError(c + " was cancelled")
                                        : c.exception() != null ? c.exception() : c.result());
                    }
                    outer.setResult(results);
                }
            });
        }
        return outer;
    }

    /**
     * asyncio.wait_for: waits for the task at most {@code timeout}; then cancels it, waits
     * until it has actually stopped, and raises {@link TimeoutError}.
     */
    static <T> T waitFor(LoopFuture<T> awaited, Duration timeout) {
        EventLoop loop = loop();
        boolean[] timedOut = {false};
        EventLoop.TimerHandle timer = loop.callLater(timeout, () -> {
            if (!awaited.isDone()) {
                timedOut[0] = true;
                awaited.cancel();
            }
        });
        try {
            return await(awaited);
        } catch (CancelledError e) {
            if (timedOut[0]) {
                throw new TimeoutError("wait_for: no result within " + timeout.toMillis() + " ms; cancelled it");
            }
            throw e;
        } finally {
            timer.cancel();
        }
    }

    /**
     * asyncio.shield: a new future that follows {@code inner}. Cancelling the shield (say, by a
     * wait_for timing out) cancels only the shield; {@code inner} runs on.
     */
    static <T> LoopFuture<T> shield(Task<T> inner) {
        LoopFuture<T> outer = new LoopFuture<>(inner.loop);
        inner.addDoneCallback(_ -> {
            if (outer.isDone()) {
                return; // the shield was cancelled; nobody waits for this result through it
            }
            if (inner.isCancelled()) {
                outer.cancel();
            } else if (inner.exception() != null) {
                outer.setException(inner.exception());
            } else {
                outer.setResult(inner.result());
            }
        });
        return outer;
    }

    /**
     * loop.run_in_executor: runs blocking work on another thread; its result comes back to
     * the loop through call_soon_threadsafe, the one thread-safe door.
     */
    static <T> LoopFuture<T> runInExecutor(Executor executor, Callable<T> blocking) {
        EventLoop loop = loop();
        LoopFuture<T> future = new LoopFuture<>(loop);
        executor.execute(() -> {
            try {
                T v = blocking.call();
                loop.callSoonThreadsafe(() -> {
                    if (!future.isDone()) { // cancelled meanwhile: the result has nowhere to go
                        future.setResult(v);
                    }
                });
            } catch (Exception e) {
                RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException(e);
                loop.callSoonThreadsafe(() -> {
                    if (!future.isDone()) {
                        future.setException(r);
                    }
                });
            }
        });
        return future;
    }

    /**
     * asyncio.run: a new loop, {@code main} run to its end on it, the loop closed. Refused on
     * a thread where a loop is already running, as Python refuses it.
     */
    static <T> T run(Coro<T> main) throws InterruptedException {
        if (EventLoop.running() != null) {
            throw new IllegalStateException("asyncio.run() cannot be called from a running event loop");
        }
        try (EventLoop loop = new EventLoop(dev.concdemo.support.term.Trace.off())) {
            return loop.runUntilComplete(main);
        }
    }
}
