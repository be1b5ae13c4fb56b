package dev.concdemo.demos.sync.prodcons;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    /** The thread name of consumer {@code number}, from 1. */
    static String consumerName(int number) {
        return "Consumer-" + number;
    }

    /** The thread name of producer {@code number}, from 1. */
    static String producerName(int number) {
        return "Producer-" + number;
    }

    /** Main's label: it waits for the producers and stops the consumers. */
    static final String MAIN = "main";

    // This run's settings.
    private final int producers;
    private final int consumers;
    private final int items;
    private final int capacity;
    private final Stop stop;
    private final Pills pills;
    private final Duration work; // the most one item takes to handle; making one takes at most 2/5 of it
    private final long seed;
    private final Narrator n;

    // What the threads share while the run lasts.
    private final Map<String, Integer> consumedCount = new ConcurrentHashMap<>(); // item id -> times handled
    private final Map<String, Integer> perConsumer = new ConcurrentHashMap<>();
    private final AtomicInteger maxQueued = new AtomicInteger();
    private final AtomicInteger pillsTaken = new AtomicInteger();
    // The consumers inside q.take() right now: a consumer blocked elsewhere (a pill-taker parked
    // on the queue's lock in taskDone(), say) is WAITING too, but is not waiting for an item.
    private final Set<String> inTake = ConcurrentHashMap.newKeySet();
    private final Waits full = new Waits(); // producers' puts that found the queue full, and how long they waited
    private final Waits empty = new Waits(); // consumers' takes that found it empty
    private final Waits emptyThenPill = new Waits(); // those of them that ended with a pill
    private final AtomicInteger released = new AtomicInteger(); // consumers interrupted out of take() at the end
    private final List<Thread> producerThreads = new ArrayList<>();
    private final List<Thread> consumerThreads = new ArrayList<>();
    private JoinableQueue<Item> q;

    ProdConsRun(
            int producers,
            int consumers,
            int items,
            int capacity,
            Stop stop,
            Pills pills,
            Duration work,
            long seed,
            Narrator n) {
        this.producers = producers;
        this.consumers = consumers;
        this.items = items;
        this.capacity = capacity;
        this.stop = stop;
        this.pills = pills;
        this.work = work;
        this.seed = seed;
        this.n = n;
    }

    /** What the run has measured so far (for an interrupted run). */
    String soFar() {
        Texts t = Texts.of(ProdConsRun.class);
        boolean once = consumedCount.values().stream().allMatch(c -> c == 1);
        return t.format("so-far", consumedCount.size(), producers * items, t.format(once ? "yes" : "no"));
    }

    /** Starts the consumers, then the producers; waits for the producers, stops the consumers; reports. */
    ProdConsReport run() throws InterruptedException {
        q = new JoinableQueue<>(capacity);
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        Ending ending;
        try {
            for (int c = 1; c <= consumers; c++) {
                Random random = new Random(seed * 100 + c);
                consumerThreads.add(Thread.ofPlatform().name(consumerName(c)).start(() -> consume(random)));
            }
            for (int p = 1; p <= producers; p++) {
                int producer = p;
                Random random = new Random(seed * 100 + 50 + p);
                producerThreads.add(Thread.ofPlatform().name(producerName(p)).start(() -> produce(producer, random)));
            }
            for (Thread t : producerThreads) {
                t.join();
            }
            n.event(MAIN, "all producers are done");
            ending = stop == Stop.PILL ? stopWithPills() : stopWithJoin();
            for (Thread t : consumerThreads) {
                t.join();
            }
        } finally {
            producerThreads.forEach(Thread::interrupt); // only matters if we were interrupted: nothing outlives the run
            consumerThreads.forEach(Thread::interrupt);
        }
        return report(ending, System.nanoTime() - start);
    }

    /** A consumer: take an item, handle it, count it; stop at a pill, or when interrupted. */
    private void consume(Random random) {
        String me = Thread.currentThread().getName();
        Trace trace = n.trace();
        try {
            while (true) {
                Item item;
                long before = System.nanoTime();
                try (var _ = trace.span("take")) {
                    inTake.add(me);
                    item = q.take();
                } finally {
                    inTake.remove(me);
                }
                long took = System.nanoTime() - before;
                empty.add(took);
                if (item instanceof Item.Pill) {
                    emptyThenPill.add(took);
                }
                trace.counter("queue length", q.size());
                if (item instanceof Item.Product(String id)) {
                    try (var _ = trace.span("handle " + id)) {
                        Thread.sleep(between(random, work.multipliedBy(2).dividedBy(5), work)); // handling it
                    }
                    consumedCount.merge(id, 1, Integer::sum);
                    perConsumer.merge(me, 1, Integer::sum);
                    n.event(me, "handled item " + id);
                    q.taskDone();
                } else {
                    pillsTaken.incrementAndGet();
                    n.event(me, Narrator.style("faint", "got the pill (None): stopping"));
                    q.taskDone();
                    return;
                }
            }
        } catch (InterruptedException e) {
            released.incrementAndGet();
            n.event(
                    me,
                    Narrator.style(
                            "faint",
                            stop == Stop.JOIN
                                    ? "released by the main thread after join(): stopping"
                                    : "released by the main thread: no pill was left for it"));
            Thread.currentThread().interrupt();
        }
    }

    /** A producer: make {@code items} items, putting each in the queue (waiting while it is full). */
    private void produce(int producer, Random random) {
        Trace trace = n.trace();
        try {
            for (int i = 1; i <= items; i++) {
                String id = producer + "-" + i;
                try (var _ = trace.span("make " + id)) {
                    Thread.sleep(between(
                            random, work.dividedBy(10), work.multipliedBy(2).dividedBy(5)));
                }
                long before = System.nanoTime();
                try (var _ = trace.span("put " + id)) {
                    q.put(new Item.Product(id));
                }
                full.add(System.nanoTime() - before);
                trace.counter("queue length", q.size());
                maxQueued.accumulateAndGet(q.size(), Math::max);
                n.event(
                        Thread.currentThread().getName(),
                        "made item %s (queue %d/%d)".formatted(id, q.size(), capacity));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** --stop pill: put the pills, tell who is stranded (no pill left for them), release those. */
    private Ending stopWithPills() throws InterruptedException {
        int pillsPut = pills == Pills.PER_CONSUMER ? consumers : producers;
        for (int c = 0; c < pillsPut; c++) {
            q.put(new Item.Pill()); // q.put(None)
        }
        n.event(
                MAIN,
                "put %s, one per %s"
                        .formatted(Texts.of(ProdConsRun.class, Lang.EN).count("pill-count", pillsPut), pills.per()));
        List<String> stranded = stranded(consumerThreads, inTake, q, pillsTaken, Math.min(pillsPut, consumers));
        for (String name : stranded) {
            n.event(
                    MAIN,
                    Narrator.style(
                            "fg_red", "%s waits in q.get() for an item that will never come: forever".formatted(name)));
        }
        consumerThreads.forEach(Thread::interrupt); // only the stranded ones are still there to hear it
        return new Ending(pillsPut, stranded);
    }

    /** --stop join: wait until every item is handled, then release the consumers. */
    private Ending stopWithJoin() throws InterruptedException {
        q.join(); // every item put has been handled (task_done)
        n.event(MAIN, "q.join() returned: every item handled; releasing the consumers");
        consumerThreads.forEach(Thread::interrupt); // the seed makes them daemons; here they are told to go
        return new Ending(0, List.of());
    }

    /** What the run measured, once every thread has ended. */
    private ProdConsReport report(Ending ending, long elapsedNanos) {
        int produced = producers * items;
        int duplicates =
                (int) consumedCount.values().stream().filter(c -> c > 1).count();
        int missing = produced - consumedCount.size();
        int consumed =
                consumedCount.values().stream().mapToInt(Integer::intValue).sum();
        return new ProdConsReport(
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
                full.count(),
                Math.round(full.nanos() / 1e6),
                empty.count(),
                Math.round(empty.nanos() / 1e6),
                emptyThenPill.count(),
                released.get(),
                stop == Stop.PILL ? pills.toString() : null,
                ending.pillsPut(),
                ending.pillsPut() - pillsTaken.get(),
                ending.stranded(),
                elapsedNanos / 1_000_000,
                duplicates == 0 && missing == 0 && consumed == produced);
    }

    /** A random duration from {@code least} to {@code most}. */
    private static Duration between(Random random, Duration least, Duration most) {
        return least.plusNanos((long) (random.nextDouble() * most.minus(least).toNanos()));
    }

    /**
     * The consumers that will wait forever: once every item is handled and every pill that
     * can be taken is taken, a consumer still blocked in take() has nothing left to wake it.
     * Detected, never waited out: that state is checked, not timed. A consumer still alive but
     * not in take() (a pill-taker finishing its taskDone()) is on its way out: waited for.
     */
    private static List<String> stranded(
            List<Thread> consumers,
            Set<String> inTake,
            JoinableQueue<Item> q,
            AtomicInteger pillsTaken,
            int pillsThatCanBeTaken)
            throws InterruptedException {
        while (true) {
            List<Thread> alive = consumers.stream().filter(Thread::isAlive).toList();
            boolean drained = q.size() == 0 && pillsTaken.get() >= pillsThatCanBeTaken;
            if (alive.isEmpty()) {
                return List.of();
            }
            if (drained
                    && alive.stream()
                            .allMatch(t -> inTake.contains(t.getName()) && t.getState() == Thread.State.WAITING)) {
                return alive.stream().map(Thread::getName).toList();
            }
            Thread.sleep(5);
        }
    }

    /** How the run ended: the pills put, the consumers left waiting. */
    private record Ending(int pillsPut, List<String> stranded) {}

    /** Blocking puts or takes: how many waited, and for how long in all. Thread-safe. */
    private static final class Waits {
        /** A put or take that returned after this long had to wait: a free one takes microseconds. */
        private static final long WAITED = 2_000_000;

        private final AtomicInteger count = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        void add(long took) {
            if (took >= WAITED) {
                count.incrementAndGet();
                nanos.addAndGet(took);
            }
        }

        int count() {
            return count.get();
        }

        long nanos() {
            return nanos.get();
        }
    }
}
