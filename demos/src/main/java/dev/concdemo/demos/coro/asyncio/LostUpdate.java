package dev.concdemo.demos.coro.asyncio;

import static dev.concdemo.demos.coro.asyncio.Async.await;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;

/**
 * "Coroutines need no lock" (the notes, 002 协程 特点), tried. A lost update is two writers
 * each reading the same old value and writing old + 1: one increment vanishes. Coroutines on
 * one loop never run at the same time, so a read and a write with no await between them are
 * never split; an await between them lets the other coroutine read the same old value. Two
 * coroutines, gathered, each add 1 to a shared count {@code increments} times, three ways:
 * an await between read and write, none between, and an asyncio.Lock held across the await.
 */
final class LostUpdate {
    /**
     * The final count each way, of {@code 2 * increments}.
     *
     * @param increments each coroutine's increments
     * @param acrossAwait read, await asyncio.sleep(0), write
     * @param noAwaitBetween read, write, then await asyncio.sleep(0)
     * @param lockHeld read, await, write, inside async with lock
     */
    record Result(int increments, int acrossAwait, int noAwaitBetween, int lockHeld) {}

    /** The three ways; the broken one first. */
    sealed interface Way permits AcrossAwait, NoAwaitBetween, LockHeld {
        String label();

        /** One increment of {@code count[0]}, in a coroutine. */
        void increment(int[] count, LoopLock lock, Narrator n, String who, boolean show);
    }

    /** BROKEN: the await between read and write lets the other coroutine read the same old value. */
    record AcrossAwait() implements Way {
        @Override
        public String label() {
            return "v = count; await asyncio.sleep(0); count = v + 1";
        }

        @Override
        public void increment(int[] count, LoopLock lock, Narrator n, String who, boolean show) {
            int v = count[0];
            say(n, who, show, "read count = %d; await asyncio.sleep(0)".formatted(v));
            await(Async.sleep(Duration.ZERO)); // BROKEN: the other coroutine runs here, and reads v too
            count[0] = v + 1;
            say(n, who, show, "write count = %d".formatted(v + 1));
        }
    }

    /** Read and write with no await between them: one callback, never split. */
    record NoAwaitBetween() implements Way {
        @Override
        public String label() {
            return "count = count + 1; await asyncio.sleep(0)";
        }

        @Override
        public void increment(int[] count, LoopLock lock, Narrator n, String who, boolean show) {
            int v = count[0];
            count[0] = v + 1;
            say(n, who, show, "read %d, write count = %d; await asyncio.sleep(0)".formatted(v, v + 1));
            await(Async.sleep(Duration.ZERO));
        }
    }

    /** The await stays, inside an asyncio.Lock: the other coroutine waits for the lock, not the value. */
    record LockHeld() implements Way {
        @Override
        public String label() {
            return "async with lock: v = count; await asyncio.sleep(0); count = v + 1";
        }

        @Override
        public void increment(int[] count, LoopLock lock, Narrator n, String who, boolean show) {
            lock.acquire();
            try {
                int v = count[0];
                say(n, who, show, "lock held; read count = %d; await asyncio.sleep(0)".formatted(v));
                await(Async.sleep(Duration.ZERO));
                count[0] = v + 1;
                say(n, who, show, "write count = %d; release the lock".formatted(v + 1));
            } finally {
                lock.release();
            }
        }
    }

    /**
     * CPython's: the same three ways in python3.11 (3.11.7), 2 coroutines x 1,000 increments,
     * {@code await asyncio.sleep(0)} between read and write, measured when this was written (not
     * in this run): 1,000 lost that way, none with no await between, none with a lock held.
     * asyncio's sleep(0) yields exactly once, so CPython's count is the same every run.
     */
    static final int CPYTHON_LOST = 1_000;

    /** How many of each coroutine's first increments are narrated; the rest are only counted. */
    private static final int SHOWN = 2;

    private final Narrator n;
    private final int increments;

    LostUpdate(Narrator n, int increments) {
        this.n = n;
        this.increments = increments;
    }

    Result run() throws InterruptedException {
        int across = count(new AcrossAwait());
        int none = count(new NoAwaitBetween());
        int locked = count(new LockHeld());
        if (increments == 1_000) {
            n.event(
                    Names.CPYTHON,
                    "python3.11, the same three ways (measured when this demo was written, not now):"
                            + " %,d lost, 0 lost, 0 lost".formatted(CPYTHON_LOST));
        }
        return new Result(increments, across, none, locked);
    }

    /** asyncio.run(gather(add('A'), add('B'))) for one way; the final count. */
    private int count(Way way) throws InterruptedException {
        n.event(Names.MAIN, way.label());
        int[] count = {0};
        try (EventLoop loop = new EventLoop(n.trace())) {
            loop.runUntilComplete(Coro.of(Names.MAIN, () -> {
                LoopLock lock = new LoopLock();
                await(Async.gather(
                        false,
                        Names.ADDERS.stream()
                                .<Coro<?>>map(who -> adder(way, count, lock, who))
                                .toList()));
                return null;
            }));
        }
        int expected = 2 * increments;
        n.event(Names.MAIN, "count = %,d of %,d: %,d lost".formatted(count[0], expected, expected - count[0]));
        return count[0];
    }

    private Coro<Void> adder(Way way, int[] count, LoopLock lock, String who) {
        return Coro.of(who, () -> {
            for (int i = 0; i < increments; i++) {
                way.increment(count, lock, n, who, i < SHOWN);
            }
            return null;
        });
    }

    private static void say(Narrator n, String who, boolean show, String text) {
        if (show) {
            n.event(who, text);
        }
    }
}
