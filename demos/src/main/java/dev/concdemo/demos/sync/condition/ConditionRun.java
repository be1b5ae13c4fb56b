package dev.concdemo.demos.sync.condition;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One run of the seed's Condition: a producer fills a bounded buffer fast, then slowly; a
 * consumer empties it at a steady pace; each waits on its own Condition when it must.
 */
final class ConditionRun {
    private final int capacity;
    private final int items;
    private final UnaryOperator<Duration> scale; // --time-scale
    private final Narrator n;

    static final String PRODUCER = "producer";
    static final String CONSUMER = "consumer";

    ConditionRun(int capacity, int items, UnaryOperator<Duration> scale, Narrator n) {
        this.capacity = capacity;
        this.items = items;
        this.scale = scale;
        this.n = n;
    }

    ConditionReport run() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(
                capacity, what -> n.event(Thread.currentThread().getName(), what));
        List<Integer> received = new ArrayList<>(); // written by the consumer only, read after join
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        Thread producer = Thread.ofPlatform().name(PRODUCER).start(() -> {
            try {
                for (int i = 1; i <= items; i++) {
                    buffer.put(i);
                    n.event(PRODUCER, "put " + i);
                    Thread.sleep(scale.apply(
                            i <= items / 2
                                    ? ConditionDemo.FAST
                                    : ConditionDemo.SLOW.multipliedBy(2))); // fast, then slower than the consumer
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread consumer = Thread.ofPlatform().name(CONSUMER).start(() -> {
            try {
                for (int i = 1; i <= items; i++) {
                    int item = buffer.take();
                    received.add(item);
                    n.event(CONSUMER, "took " + item);
                    Thread.sleep(scale.apply(ConditionDemo.SLOW));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Threads.joinAll(List.of(producer, consumer));
        boolean inOrder = received.size() == items;
        for (int i = 0; inOrder && i < items; i++) {
            inOrder = received.get(i) == i + 1;
        }
        return new ConditionReport(
                capacity,
                items,
                received.size(),
                inOrder,
                buffer.maxSize(),
                buffer.waits(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
