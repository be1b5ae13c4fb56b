package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One run of collections: for each kind of collection, {@code trials} times, {@code threads}
 * threads released at once each add their own elements; what is missing at the end, and
 * what threw, is counted. Then a check-then-act on a thread-safe map, and its atomic form.
 */
final class CollectionsRun {
    /** CopyOnWriteArrayList copies its array at every add: it gets this share of the adds. */
    static final int COPY_ON_WRITE_SHARE = 10;

    /** Keys per trial of the check-then-act race: each trial starts the threads together on key 0. */
    static final int KEYS = 5_000;

    private final int threads;
    private final int adds;
    private final int trials;
    private final Narrator n;
    /** The rows measured so far; written by the run, read by a Ctrl-C. */
    private final List<CollectionsReport.Row> rows = new CopyOnWriteArrayList<>();

    CollectionsRun(int threads, int adds, int trials, Narrator n) {
        this.threads = threads;
        this.adds = adds;
        this.trials = trials;
        this.n = n;
    }

    CollectionsReport run() throws InterruptedException {
        long began = n.clock().startNanos();
        try (var _ = n.expect(about(), "fewer --adds or --trials is quicker")) {
            for (Shared.Kind kind : Shared.Kind.values()) {
                int each = kind == Shared.Kind.COPY_ON_WRITE_LIST ? Math.max(1, adds / COPY_ON_WRITE_SHARE) : adds;
                rows.add(row(kind, each));
            }
            CollectionsReport.Claims claims = claims();
            return new CollectionsReport(
                    "collections", threads, trials, List.copyOf(rows), claims, (System.nanoTime() - began) / 1_000_000);
        }
    }

    /**
     * A rough forecast, from what the default run took here (1.6 s): ~33 ns an add for the four
     * growing collections, and CopyOnWriteArrayList's copies, which grow with the square of its size.
     */
    private Duration about() {
        double cowElements = (double) threads * Math.max(1, adds / COPY_ON_WRITE_SHARE);
        double perTrialNanos = 4.0 * threads * adds * 33 + cowElements * cowElements * 0.6 + 7_500_000;
        return Duration.ofNanos((long) (trials * perTrialNanos));
    }

    private CollectionsReport.Row row(Shared.Kind kind, int each) throws InterruptedException {
        int expected = threads * each;
        int lostTrials = 0;
        long lost = 0;
        int threw = 0;
        Map<String, Integer> exceptions = new TreeMap<>();
        String label = kind.label;
        long start = System.nanoTime();
        for (int trial = 1; trial <= trials; trial++) {
            Shared shared = kind.create();
            List<String> thrown;
            try (var _ = n.trace().span(label + ", trial " + trial)) {
                thrown = trial(shared, each);
            }
            int size = shared.size();
            if (size < expected) {
                lostTrials++;
                lost += expected - size;
            }
            if (!thrown.isEmpty()) {
                threw++;
                thrown.forEach(e -> exceptions.merge(e, 1, Integer::sum));
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        n.event(
                label,
                lostTrials == 0 && threw == 0
                        ? "%d of %d trials complete: %,d elements every time".formatted(trials, trials, expected)
                        : Narrator.style(
                                "fg_red",
                                "%d of %d trials lost elements (%,d in all)%s"
                                        .formatted(
                                                lostTrials,
                                                trials,
                                                lost,
                                                threw == 0
                                                        ? ""
                                                        : "; %d threw %s".formatted(threw, exceptions.keySet()))));
        return new CollectionsReport.Row(label, kind.safe(), each, expected, lostTrials, lost, threw, exceptions, ms);
    }

    /** Releases the threads together, each adding {@code each} elements; returns what any of them threw. */
    private List<String> trial(Shared shared, int each) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<String> thrown = new CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers.add(Thread.ofPlatform().name("adder-" + (t + 1)).start(() -> {
                try {
                    go.await();
                    try (var _ = n.trace().span("add x " + each)) {
                        for (int i = 0; i < each; i++) {
                            shared.add(me, i);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) { // a torn ArrayList or HashMap: this thread's adds stop here
                    thrown.add(e.getClass().getSimpleName());
                }
            }));
        }
        go.countDown();
        try {
            for (Thread w : workers) {
                w.join();
            }
        } finally {
            workers.forEach(Thread::interrupt); // only matters if we were interrupted
        }
        return thrown;
    }

    /**
     * Every thread tries to claim every key once, on a ConcurrentHashMap, two ways: check, then
     * act ({@code containsKey}, then {@code put}), and in one atomic step ({@code putIfAbsent}).
     * A key claimed by two threads is a race the map's own thread safety did not prevent.
     */
    private CollectionsReport.Claims claims() throws InterruptedException {
        long checkThenAct = 0;
        long atomic = 0;
        for (int trial = 0; trial < trials; trial++) { // threads drift apart within a trial: many short ones
            checkThenAct += claimedTwice(false);
            atomic += claimedTwice(true);
        }
        int keys = KEYS * trials;
        n.event(
                "claims",
                "%,d keys claimed by every thread: check-then-act let %,d be claimed twice; putIfAbsent %,d"
                        .formatted(keys, checkThenAct, atomic));
        return new CollectionsReport.Claims(keys, checkThenAct, atomic);
    }

    private long claimedTwice(boolean atomic) throws InterruptedException {
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        AtomicIntegerArray claims = new AtomicIntegerArray(KEYS);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers.add(Thread.ofPlatform().name("claimer-" + (t + 1)).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int k = 0; k < KEYS; k++) {
                    boolean mine;
                    if (atomic) {
                        mine = map.putIfAbsent(k, me) == null; // one step: only one thread can see "absent"
                    } else {
                        mine = !map.containsKey(k); // BROKEN: true now, perhaps not by the put below
                        if (mine) {
                            map.put(k, me);
                        }
                    }
                    if (mine) {
                        claims.incrementAndGet(k);
                    }
                }
            }));
        }
        go.countDown();
        try {
            for (Thread w : workers) {
                w.join();
            }
        } finally {
            workers.forEach(Thread::interrupt);
        }
        long twice = 0;
        for (int k = 0; k < KEYS; k++) {
            twice += claims.get(k) > 1 ? 1 : 0;
        }
        return twice;
    }

    /** What a Ctrl-C reports: the collections measured so far. */
    String soFar() {
        return rows.isEmpty()
                ? null
                : String.join(
                        "; ",
                        rows.stream()
                                .map(r -> "%s lost elements in %d of %d trials"
                                        .formatted(r.collection(), r.trialsLost(), trials))
                                .toList());
    }
}
