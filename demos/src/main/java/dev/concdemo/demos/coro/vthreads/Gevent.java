package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.support.work.StartLine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The seed's gevent functions and the measurements both JVMs make (this one, with its
 * default scheduler, and the child with one carrier): written once, run on virtual threads.
 */
final class Gevent {
    private Gevent() {}

    /** How a function sleeps: as patched code does (Thread.sleep) or unpatched (a C call). */
    enum Sleep {
        PATCHED,
        UNPATCHED;

        void sleep(Duration time) throws InterruptedException {
            if (this == PATCHED) {
                Thread.sleep(time);
            } else {
                NativeSleep.sleep(time);
            }
        }
    }

    /** The seed's {@code func1(a, b)}: says what it got, sleeps 2 s; returns a + b (g1.value). */
    static int func1(int a, int b, Duration sleep, Sleep how, Consumer<String> say) throws InterruptedException {
        say.accept("func1 received a = %d, b = %d; on %s".formatted(a, b, Thread.currentThread()));
        how.sleep(sleep);
        return a + b;
    }

    /** The seed's {@code func2()}: sleeps 3 s. */
    static String func2(Duration sleep, Sleep how, Consumer<String> say) throws InterruptedException {
        say.accept("func2 on " + Thread.currentThread());
        how.sleep(sleep);
        return "func2 slept";
    }

    /** How often the ticker of {@link #starvation} wants to wake. */
    static final Duration TICK = Duration.ofMillis(10);

    /**
     * A CPU-bound virtual thread beside one that wants to wake every {@link #TICK}: the most
     * the sleeper woke late, in ms. A virtual thread is never preempted: while the hog runs on
     * the only carrier, nobody else runs, and the ticker's pending sleep ends at least
     * {@code hog - TICK} late.
     */
    static double starvation(Duration hog) throws InterruptedException {
        AtomicLong worstNanos = new AtomicLong();
        Semaphore ticked = new Semaphore(0); // a permit per tick the ticker has measured
        Thread ticker = Thread.ofVirtual().name("ticker").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long before = System.nanoTime();
                try {
                    Thread.sleep(TICK);
                } catch (InterruptedException e) {
                    return; // the end of the ticker: nothing after it to tell
                }
                worstNanos.accumulateAndGet(System.nanoTime() - before - TICK.toNanos(), Math::max);
                ticked.release();
            }
        });
        try {
            ticked.acquire(); // the ticker is ticking: a sleep of its is pending when the hog runs
            Thread hogger = Thread.ofVirtual().name("hog").start(() -> {
                long end = System.nanoTime() + hog.toNanos();
                long spins = 0;
                while (System.nanoTime() < end) {
                    spins++; // no blocking call: the carrier is never given back
                }
                Blackhole.consume(spins);
            });
            hogger.join();
            ticked.drainPermits();
            ticked.acquire(); // a tick ended after the computation: the late one is counted
        } finally {
            ticker.interrupt();
            ticker.join();
        }
        return worstNanos.get() / 1e6;
    }

    /** Rounds of {@link #unlockedRound}: two threads that start together still overlap in only most rounds. */
    static final int ROUNDS = 5;

    /** {@value #ROUNDS} rounds of two virtual threads each doing {@code n += 1} {@code times} times: the n's, summed. */
    static long unlockedCount(int times) throws InterruptedException {
        long total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            total += unlockedRound(times);
            if (Thread.interrupted()) { // a round is not cut short: Ctrl-C is seen between rounds
                throw new InterruptedException();
            }
        }
        return total;
    }

    /** Two virtual threads each doing {@code n += 1} {@code times} times, unsynchronized: the final n. */
    private static long unlockedRound(int times) {
        Counter counter = new Counter();
        StartLine start = new StartLine(2, Duration.ofMillis(20)); // on one carrier a pure cost, each round
        Runnable add = () -> {
            start.arrive();
            for (int i = 0; i < times; i++) {
                counter.n++; // BROKEN on more than one carrier: read, add, write, with no lock
            }
        };
        try (var adders = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("adder-", 1).factory())) {
            adders.submit(add);
            adders.submit(add);
        } // close waits for both
        return counter.n;
    }

    /** The shared n; volatile so that each += really reads and writes memory, as Python's does. */
    private static final class Counter {
        volatile long n;
    }

    /** Keeps the JIT from removing a loop whose result nobody reads. */
    private static final class Blackhole {
        static volatile long sink;

        static void consume(long v) {
            sink = v;
        }
    }
}
