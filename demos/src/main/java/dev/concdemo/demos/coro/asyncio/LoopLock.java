package dev.concdemo.demos.coro.asyncio;

import java.util.ArrayDeque;

/**
 * asyncio.Lock: a lock for coroutines of one loop. Acquiring a held lock does not block the
 * thread: the task awaits a future, and the loop runs others meanwhile. Release hands the lock
 * to the first waiter still waiting (first come, first served). Loop's thread only.
 */
final class LoopLock {
    private final ArrayDeque<LoopFuture<Void>> waiters = new ArrayDeque<>();
    private boolean locked;

    /** {@code await lock.acquire()}: returns once this task holds the lock. */
    void acquire() {
        if (!locked && waiters.isEmpty()) {
            locked = true;
            return;
        }
        LoopFuture<Void> turn = new LoopFuture<>(Async.loop());
        waiters.add(turn);
        try {
            Async.await(turn); // release() hands the lock over by completing it
        } catch (CancelledError e) {
            if (turn.isDone() && !turn.isCancelled()) {
                release(); // handed over, but this task was cancelled meanwhile: pass it on
            }
            waiters.remove(turn);
            throw e;
        }
    }

    /** Hands the lock to the first waiter, or frees it. */
    void release() {
        if (!locked) {
            throw new IllegalStateException("Lock is not acquired.");
        }
        for (LoopFuture<Void> next; (next = waiters.poll()) != null; ) {
            if (!next.isDone()) {
                next.setResult(null); // still locked: now that waiter's
                return;
            }
        }
        locked = false;
    }
}
