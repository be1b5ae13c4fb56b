package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.os.ThreadScheduling;
import java.util.concurrent.SynchronousQueue;
import java.util.function.LongConsumer;

/**
 * What it costs to hand an item from a producer to a consumer, four ways, in ns an item: a
 * plain call, a generator's send (a continuation switch), and a hand-off between two threads
 * that take turns, virtual or platform. Each is the fastest of three interleaved rounds.
 */
final class HandOffs {
    private HandOffs() {}

    static long sink; // what the consumers add up, so that the JIT keeps their work

    /** A call: the consumer is a method. */
    static double call(int items) {
        LongConsumer consumer = item -> sink += item;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < items; i++) {
                consumer.accept(i);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return (double) best / items;
    }

    /** A generator: {@code gen.send(item)} switches to the consumer's body and back. */
    static double send(int items) {
        Generator<Long> consumer = new Generator<>(y -> {
            while (true) {
                sink += y.yield_();
            }
        });
        consumer.next();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (long i = 0; i < items; i++) {
                consumer.send(i);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return (double) best / items;
    }

    /**
     * Two threads from {@code factory} take turns: the producer hands each item over and waits
     * for the consumer to hand back a reply. Per hand-off (two an item).
     */
    static double pingPong(Thread.Builder factory, int items, boolean pinToOneCore) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            SynchronousQueue<Long> there = new SynchronousQueue<>();
            SynchronousQueue<Long> back = new SynchronousQueue<>();
            Thread consumer = factory.start(() -> {
                if (pinToOneCore) {
                    ThreadScheduling.pinToCpu0();
                }
                try {
                    for (int i = 0; i < items + 1; i++) {
                        back.put(there.take());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long[] took = new long[1];
            Thread producer = factory.start(() -> {
                if (pinToOneCore) {
                    ThreadScheduling.pinToCpu0();
                }
                try {
                    there.put(-1L); // both running, pinned
                    back.take();
                    long start = System.nanoTime();
                    for (long i = 0; i < items; i++) {
                        there.put(i);
                        sink += back.take();
                    }
                    took[0] = System.nanoTime() - start;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                producer.join();
                consumer.join();
            } finally {
                producer.interrupt();
                consumer.interrupt();
            }
            best = Math.min(best, took[0]);
        }
        return (double) best / (2L * items);
    }
}
