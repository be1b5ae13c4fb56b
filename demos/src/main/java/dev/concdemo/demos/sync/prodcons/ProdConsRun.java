package dev.concdemo.demos.sync.prodcons;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the seed's producers and consumers on a bounded queue, stopped by poison pills
 * or by {@code join()}; every item is counted where it is handled, to prove it was handled
 * exactly once.
 */
final class ProdConsRun {
    /** What travels through the queue: a product, or the seed's None telling one consumer to stop. */
    sealed interface Item {
        record Product(String id) implements Item {}

        record Pill() implements Item {}
    }

    private final int producers;
    private final int consumers;
    private final int items;
    private final int capacity;
    private final ProdConsDemo.Stop stop;
    private final Duration work; // the most one item takes to make or to handle
    private final long seed;
    private final Narrator n;
    private final Map<String, Integer> consumedCount = new ConcurrentHashMap<>(); // item id -> times handled

    ProdConsRun(
            int producers,
            int consumers,
            int items,
            int capacity,
            ProdConsDemo.Stop stop,
            Duration work,
            long seed,
            Narrator n) {
        this.producers = producers;
        this.consumers = consumers;
        this.items = items;
        this.capacity = capacity;
        this.stop = stop;
        this.work = work;
        this.seed = seed;
        this.n = n;
    }

    /** What the run has measured so far (for an interrupted run). */
    String soFar() {
        return "%d of %d items handled, none twice: %s"
                .formatted(
                        consumedCount.size(),
                        producers * items,
                        consumedCount.values().stream().allMatch(c -> c == 1) ? "yes" : "NO");
    }

    ProdConsReport run() throws InterruptedException {
        JoinableQueue<Item> q = new JoinableQueue<>(capacity);
        Map<String, Integer> perConsumer = new ConcurrentHashMap<>();
        AtomicInteger maxQueued = new AtomicInteger();
        List<Thread> producerThreads = new ArrayList<>();
        List<Thread> consumerThreads = new ArrayList<>();
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        Trace trace = n.trace();
        for (int c = 1; c <= consumers; c++) {
            Random random = new Random(seed * 100 + c);
            consumerThreads.add(Thread.ofPlatform().name("Consumer-" + c).start(() -> {
                String me = Thread.currentThread().getName();
                try {
                    while (true) {
                        Item item;
                        try (var _ = trace.span("take")) {
                            item = q.take();
                        }
                        trace.counter("queue length", q.size());
                        if (item instanceof Item.Product(String id)) {
                            try (var _ = trace.span("handle " + id)) {
                                Thread.sleep(randomWork(random, work)); // handling it
                            }
                            consumedCount.merge(id, 1, Integer::sum);
                            perConsumer.merge(me, 1, Integer::sum);
                            n.event(me, "handled item " + id);
                            q.taskDone();
                        } else {
                            n.event(me, Narrator.style("faint", "got the pill (None): stopping"));
                            q.taskDone();
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    n.event(me, Narrator.style("faint", "released by the main thread after join(): stopping"));
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int p = 1; p <= producers; p++) {
            int producer = p;
            Random random = new Random(seed * 100 + 50 + p);
            producerThreads.add(Thread.ofPlatform().name("Producer-" + p).start(() -> {
                try {
                    for (int i = 1; i <= items; i++) {
                        String id = producer + "-" + i;
                        try (var _ = trace.span("make " + id)) {
                            Thread.sleep(randomWork(random, work)); // making it
                        }
                        try (var _ = trace.span("put " + id)) {
                            q.put(new Item.Product(id));
                        }
                        trace.counter("queue length", q.size());
                        maxQueued.accumulateAndGet(q.size(), Math::max);
                        n.event(
                                Thread.currentThread().getName(),
                                "made item %s (queue %d/%d)".formatted(id, q.size(), capacity));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        try {
            for (Thread t : producerThreads) {
                t.join();
            }
            n.event("main", "all producers are done");
            if (stop == ProdConsDemo.Stop.PILL) {
                for (int c = 0; c < consumers; c++) {
                    q.put(new Item.Pill()); // q.put(None): one per consumer, each takes exactly one
                }
                n.event("main", "put %d pills, one per consumer".formatted(consumers));
            } else {
                q.join(); // every item put has been handled (task_done)
                n.event("main", "q.join() returned: every item handled; releasing the consumers");
                consumerThreads.forEach(Thread::interrupt); // the seed makes them daemons; here they are told to go
            }
            for (Thread t : consumerThreads) {
                t.join();
            }
        } finally {
            producerThreads.forEach(Thread::interrupt); // only matters if we were interrupted: nothing outlives the run
            consumerThreads.forEach(Thread::interrupt);
        }
        long elapsed = System.nanoTime() - start;

        int produced = producers * items;
        int duplicates =
                (int) consumedCount.values().stream().filter(c -> c > 1).count();
        int missing = produced - consumedCount.size();
        int consumed =
                consumedCount.values().stream().mapToInt(Integer::intValue).sum();
        ProdConsReport report = new ProdConsReport(
                "prodcons",
                stop.name().toLowerCase(Locale.ROOT),
                producers,
                consumers,
                capacity,
                produced,
                consumed,
                duplicates,
                missing,
                new TreeMap<>(perConsumer),
                maxQueued.get(),
                elapsed / 1_000_000,
                duplicates == 0 && missing == 0 && consumed == produced);
        return report;
    }

    private static Duration randomWork(Random random, Duration most) {
        return Duration.ofNanos(most.toNanos() / 5 + (long) (random.nextDouble() * most.toNanos() * 4 / 5));
    }
}
