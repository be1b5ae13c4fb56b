package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** One run of the four parts, in order; each part's threads have ended before the next begins. */
final class RwlockRun {
    static final String WRITER = "writer";
    static final String DOWNGRADER = "downgrader";
    static final String READER_BESIDE = "reader-beside";
    static final String UPGRADER = "upgrader";
    static final String WATCHDOG = "main (watchdog)";
    static final String STAMP_WRITER = "stamp-writer";

    /** How long readers and writers mix in part 1, before --time-scale. */
    static final Duration MIX = Duration.ofMillis(300);
    /** How long each reader of part 2's stream holds the read lock, before --time-scale. */
    static final Duration HOLD = Duration.ofMillis(20);
    /** How long the watchdog watches the stuck upgrader before it interrupts it, before --time-scale. */
    static final Duration CONFIRM = Duration.ofMillis(100);
    /** How long optimistic readers and the writer run together in part 4, before --time-scale. */
    static final Duration OPTIMISTIC = Duration.ofMillis(300);

    /**
     * About how long the run sleeps and holds before --time-scale: part 1's mix, part 2's two
     * streams (each about 39 holds: a start of 2, then 5 writes of a wait and a pause of 2 to 3),
     * the watchdog's look and part 4.
     */
    static final Duration SLEEPS = MIX.plus(HOLD.multipliedBy(39)).plus(CONFIRM).plus(OPTIMISTIC);
    /** What --time-scale does not shorten: threads started, the watchdog's polls. */
    static final Duration FIXED = Duration.ofMillis(100);

    static String reader(int i) {
        return "reader-" + i;
    }

    static String writer(int i) {
        return "writer-" + i;
    }

    static String optimist(int i) {
        return "optimist-" + i;
    }

    /** Every label the run's lines carry. */
    static List<String> labels(int readers) {
        List<String> labels = new ArrayList<>(List.of(WRITER, writer(1), writer(2), DOWNGRADER, READER_BESIDE));
        labels.addAll(List.of(UPGRADER, WATCHDOG, STAMP_WRITER, optimist(1), optimist(2), reader(readers)));
        return labels;
    }

    private final int readers;
    private final UnaryOperator<Duration> scale;
    private final Narrator n;

    RwlockRun(int readers, UnaryOperator<Duration> scale, Narrator n) {
        this.readers = readers;
        this.scale = scale;
        this.n = n;
    }

    /** What has been measured, part by part, for Ctrl-C's line; written by the run's thread only. */
    private volatile String done;

    /** What was measured before an interrupt; null before the first part's end. */
    String soFar() {
        return done;
    }

    RwlockReport run() throws InterruptedException {
        n.step(RwlockRun.class, "overlap", readers);
        Overlap.Result overlap;
        try (var _ = n.trace().span("1. readers together, a writer alone")) {
            overlap = new Overlap(readers, scale.apply(MIX), n).run();
        }
        done = "at most %d readers inside at once; %,d writes, %,d of them not alone"
                .formatted(overlap.maxReadersInside(), overlap.writes(), overlap.writesNotAlone());
        Duration hold = scale.apply(HOLD);
        n.step(RwlockRun.class, "starvation", readers, hold.toNanos() / 1e6);
        Starvation starvation = new Starvation(readers, hold, n);
        Starvation.Side nonFair;
        Starvation.Side fair;
        try (var _ = n.trace().span("2. a writer under a stream of readers")) {
            nonFair = starvation.run(false);
            fair = starvation.run(true);
        }
        done += "; the writer's median wait %.2f ms non-fair, %.2f ms fair"
                .formatted(nonFair.medianWaitMs(), fair.medianWaitMs());
        n.step(RwlockRun.class, "upgrade");
        Upgrade.Result upgrade;
        try (var _ = n.trace().span("3. downgrade, upgrade")) {
            upgrade = new Upgrade(scale.apply(CONFIRM), n).run();
        }
        done += upgrade.deadlockDetected() ? "; the upgrade deadlock detected" : "; no upgrade deadlock seen";
        n.step(RwlockRun.class, "optimistic");
        Optimistic.Result optimistic;
        try (var _ = n.trace().span("4. optimistic reads")) {
            optimistic = new Optimistic(scale.apply(OPTIMISTIC), n).run();
        }
        return RwlockReport.of(readers, overlap, hold, nonFair, fair, upgrade, optimistic);
    }
}
