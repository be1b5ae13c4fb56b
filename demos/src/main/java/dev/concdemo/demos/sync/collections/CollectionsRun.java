package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.os.ExitStatus;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.work.StartLine;
import dev.concdemo.support.work.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * One run of collections: for each kind of collection, {@code trials} times, {@code threads}
 * threads released at once each add their own elements; what is missing at the end, and
 * what threw, is counted. Then a check-then-act on a thread-safe map, and its atomic form.
 */
final class CollectionsRun {
    /** The label of the lines about keys claimed twice. */
    static final String CLAIMS = "claims";

    /** Every label the run's lines carry: each collection's name, and the claims'. */
    static List<String> labels() {
        return Stream.concat(Arrays.stream(Shared.Kind.values()).map(kind -> kind.label), Stream.of(CLAIMS))
                .toList();
    }

    /** CopyOnWriteArrayList copies its array at every add: it gets this share of the adds. */
    static final int COPY_ON_WRITE_SHARE = 10;

    /** Keys per trial of the check-then-act race: each trial starts the threads together on key 0. */
    static final int KEYS = 5_000;

    private final int threads;
    private final int adds;
    private final int trials;
    private final Narrator n;
    /** How long HashMap's child waits for a trial before it says a thread loops for good. */
    private final Duration childGivesUpAfter;
    /** The rows measured so far; written by the run, read by a Ctrl-C. */
    private final List<CollectionsReport.Row> rows = new CopyOnWriteArrayList<>();

    CollectionsRun(int threads, int adds, int trials, Narrator n) {
        this(threads, adds, trials, n, Trial.hangAfter(threads, adds));
    }

    /** With {@code childGivesUpAfter} shorter than a trial, a test sees every HashMap trial given up. */
    CollectionsRun(int threads, int adds, int trials, Narrator n, Duration childGivesUpAfter) {
        this.childGivesUpAfter = childGivesUpAfter;
        this.threads = threads;
        this.adds = adds;
        this.trials = trials;
        this.n = n;
    }

    CollectionsReport run() throws InterruptedException {
        long began = n.clock().startNanos();
        try (var _ = n.expect(about(), Texts.of(CollectionsRun.class).format("quicker"))) {
            for (Shared.Kind kind : Shared.Kind.values()) {
                int each = kind == Shared.Kind.COPY_ON_WRITE_LIST ? Math.max(1, adds / COPY_ON_WRITE_SHARE) : adds;
                rows.add(row(kind, each));
            }
            CollectionsReport.Claims claims = claims();
            return new CollectionsReport(
                    threads, trials, List.copyOf(rows), claims, (System.nanoTime() - began) / 1_000_000);
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

    CollectionsReport.Row row(Shared.Kind kind, int each) throws InterruptedException {
        Tally tally = new Tally(threads * each);
        String label = kind.label;
        if (kind == Shared.Kind.HASH_MAP) {
            trialsInChildren(each, tally);
        } else {
            for (int trial = 1; trial <= trials; trial++) {
                Trial.Outcome o;
                try (var _ = n.trace().span(label + ", trial " + trial)) {
                    o = Trial.run(kind.create(), threads, each, Trial.stallAfter(threads, each), n.trace());
                }
                if (o.hang() != null) { // never seen: only HashMap's trees loop, and it runs in a child
                    // (so this is a machine stalled past stallAfter, not a loop)
                    throw new IllegalStateException("%s, trial %d: %s never returned; it is at %s"
                            .formatted(label, trial, o.hang().thread(), o.hang().where()));
                }
                tally.add(o);
            }
        }
        n.event(
                label,
                tally.lostTrials == 0 && tally.threw == 0 && tally.hangs.isEmpty()
                        ? "%d of %d trials complete: %,d elements every time".formatted(trials, trials, tally.expected)
                        : Narrator.style("fg_red", tally.describe(trials)));
        return new CollectionsReport.Row(
                label,
                kind.safe(),
                each,
                tally.expected,
                tally.lostTrials,
                tally.lost,
                tally.threw,
                Collections.unmodifiableMap(new TreeMap<>(tally.exceptions)),
                tally.hangs.size(),
                List.copyOf(tally.hangs),
                tally.nanos / 1_000_000);
    }

    /**
     * HashMap's trials, in child JVMs ({@link HashMapTrials}): a trial whose thread loops for
     * good ends its child, and a new one runs the trials left.
     */
    private void trialsInChildren(int each, Tally tally) throws InterruptedException {
        int done = 0;
        boolean told = false;
        while (done < trials) {
            int from = done;
            List<String> args = List.of(
                    Integer.toString(threads),
                    Integer.toString(each),
                    Integer.toString(trials - done),
                    Long.toString(childGivesUpAfter.toMillis()));
            AtomicInteger ran = new AtomicInteger();
            AtomicReference<CollectionsReport.Hang> hang = new AtomicReference<>();
            try (ChildProcess child = ChildProcess.of("hashmap-trials", HashMapTrials.class, args)
                    .start((pid, line) -> {
                        switch (ToParent.read(line, TrialMessage.class).orElse(null)) {
                            case TrialMessage.Ran r -> {
                                int trial = from + r.trial();
                                long now = System.nanoTime();
                                n.trace()
                                        .processSpan(
                                                pid, "hashmap-trials", "HashMap, trial " + trial, now - r.nanos(), now);
                                tally.add(new Trial.Outcome(r.size(), r.exceptions(), null, r.nanos()));
                                ran.incrementAndGet();
                            }
                            case TrialMessage.Hung m -> {
                                int trial = from + m.trial();
                                Trial.Hang h = new Trial.Hang(m.thread(), m.stack());
                                hang.set(new CollectionsReport.Hang(trial, h.thread(), h.where()));
                                n.processEvent(
                                        pid,
                                        Narrator.style(
                                                "fg_red",
                                                "trial %d: %s never returned; it loops in %s"
                                                        .formatted(trial, h.thread(), h.where())));
                            }
                            case null -> n.processEvent(pid, line);
                        }
                    })) {
                if (!told) {
                    n.event(
                            Shared.Kind.HASH_MAP.label,
                            "its trials run in child JVMs: a racing put can leave a thread");
                    n.event(Shared.Kind.HASH_MAP.label, "looping for good, and only ending its process stops it");
                    told = true;
                }
                OptionalInt exit = child.waitFor(
                        childGivesUpAfter.multipliedBy(trials - done).plusMinutes(1));
                CollectionsReport.Hang h = hang.get();
                if (h != null && exit.isPresent() && exit.getAsInt() == HashMapTrials.HUNG) {
                    tally.hangs.add(h);
                    tally.nanos += childGivesUpAfter.toNanos();
                    done += ran.get() + 1;
                    n.processEvent(
                            child.pid(),
                            "Java cannot stop a thread (Thread.stop throws since JDK 20): the child JVM ended");
                } else if (exit.isPresent() && exit.getAsInt() == 0 && ran.get() == trials - done) {
                    done = trials;
                } else {
                    throw new IllegalStateException("the HashMap child (pid %d) %s after %d of %d trials"
                            .formatted(
                                    child.pid(),
                                    exit.isPresent() ? ExitStatus.describe(exit.getAsInt()) : "did not end",
                                    from + ran.get(),
                                    trials));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not start a child JVM for HashMap's trials", e);
            }
        }
    }

    /** What one collection's trials came to, so far. */
    private static final class Tally {
        final int expected;
        int lostTrials;
        long lost;
        int threw;
        long nanos;
        final Map<String, Integer> exceptions = new TreeMap<>();
        final List<CollectionsReport.Hang> hangs = new ArrayList<>();

        Tally(int expected) {
            this.expected = expected;
        }

        void add(Trial.Outcome o) {
            if (o.size() < expected) {
                lostTrials++;
                lost += expected - o.size();
            }
            if (!o.thrown().isEmpty()) {
                threw++;
                o.thrown().forEach(e -> exceptions.merge(e, 1, Integer::sum));
            }
            nanos += o.nanos();
        }

        String describe(int trials) {
            String text = "%d of %d trials lost elements (%,d in all)".formatted(lostTrials, trials, lost);
            if (threw > 0) {
                text += "; %d threw %s".formatted(threw, exceptions.keySet());
            }
            if (!hangs.isEmpty()) {
                text += "; %d never ended".formatted(hangs.size());
            }
            return text;
        }
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
                CLAIMS,
                "%,d keys claimed by every thread: check-then-act let %,d be claimed twice; putIfAbsent %,d"
                        .formatted(keys, checkThenAct, atomic));
        return new CollectionsReport.Claims(keys, checkThenAct, atomic);
    }

    private long claimedTwice(boolean atomic) throws InterruptedException {
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        AtomicIntegerArray claims = new AtomicIntegerArray(KEYS);
        StartLine start = new StartLine(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers.add(Thread.ofPlatform().name("claimer-" + (t + 1)).start(() -> {
                start.arrive(); // a trial lasts about a millisecond: all start at once, running
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
        Threads.joinAll(workers);
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
