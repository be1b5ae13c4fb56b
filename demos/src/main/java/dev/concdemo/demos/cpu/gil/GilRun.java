package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of gil: CPU-bound threads with and without the simulated GIL (rounds interleaved,
 * medians kept), two threads under the old GIL, an IO-bound thread beside a hog, and n += 1
 * under the GIL without and with a lock of its own.
 */
final class GilRun {
    /** Each CPU-bound configuration is timed for at least this long in all, over its rounds. */
    static final Duration PER_ROW = Duration.ofSeconds(1);

    static final int MIN_ROUNDS = 3;
    static final int MAX_ROUNDS = 200;
    /**
     * The race part lasts this many switch intervals: each hand-over falls between reading n and
     * storing it with even odds, so 40 intervals leave a run without a lost update well under one
     * time in a thousand even on a busy machine (a fixed count, 20 million, spanned 2-8).
     */
    static final int RACE_INTERVALS = 40;

    /**
     * With a lock of their own, each n += 1 also takes and releases it (~20 ns here, ten times
     * the unlocked step): at most this many each, ~0.4 s, still some 80 switch intervals.
     */
    static final int LOCKED_INCREMENTS = 20_000_000;

    static final int RACE_THREADS = 2;

    /** The label of the run's timestamped lines: each says what was measured. */
    static final String LABEL = "measured";

    private final List<Integer> counts;
    private final int n;
    private final Duration interval;
    private final Duration ioWindow;
    private final Narrator nar;
    private final int cores = Runtime.getRuntime().availableProcessors();
    /** The CPU rows measured so far; written by the run, read by a Ctrl-C. */
    private final List<GilReport.CpuRow> cpu = new CopyOnWriteArrayList<>();

    GilRun(List<Integer> counts, int n, Duration interval, Duration ioWindow, Narrator nar) {
        this.counts = counts;
        this.n = n;
        this.interval = interval;
        this.ioWindow = ioWindow;
        this.nar = nar;
    }

    GilReport run() throws InterruptedException {
        warmUp();
        List<Long> firsts = new ArrayList<>();
        for (int i = 0; i < MIN_ROUNDS; i++) {
            firsts.add(GilRuns.cpuThreads(1, n, new NoGil()));
        }
        long one = Percentiles.median(firsts.stream().mapToLong(Long::longValue).toArray());
        int rounds = Math.clamp(PER_ROW.toNanos() / Math.max(1, one) + 1, MIN_ROUNDS, MAX_ROUNDS);
        long threadRounds = counts.stream().mapToLong(t -> 1 + t).sum();
        Duration about = Duration.ofNanos(one * rounds * (threadRounds + 2 * 2) + 3 * ioWindow.toNanos())
                .plusSeconds(2);
        try (var _ = nar.expect(about, Texts.of(GilRun.class).format("shorten"))) {
            nar.say(Texts.of(GilRun.class).format("heading.cpu", n, rounds));
            // Every configuration in every round, so that a machine whose speed drifts (a busy
            // neighbour, a clock that changes) slows all of them alike and the ratios hold.
            List<List<Long>> noGil = new ArrayList<>();
            List<List<Timed>> withGil = new ArrayList<>();
            counts.forEach(t -> {
                noGil.add(new ArrayList<>());
                withGil.add(new ArrayList<>());
            });
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < counts.size(); i++) {
                    int t = counts.get(i);
                    noGil.get(i).add(GilRuns.cpuThreads(t, n, new NoGil()));
                    SimulatedGil gil = new SimulatedGil(interval);
                    withGil.get(i).add(new Timed(GilRuns.cpuThreads(t, n, gil), gil.stats()));
                }
            }
            long oneNoGil = 0;
            long oneGil = 0;
            for (int i = 0; i < counts.size(); i++) {
                int t = counts.get(i);
                long noGilMedian = Percentiles.median(
                        noGil.get(i).stream().mapToLong(Long::longValue).toArray());
                Timed gilMedian = medianTimed(withGil.get(i));
                if (cpu.isEmpty()) {
                    oneNoGil = noGilMedian / t;
                    oneGil = gilMedian.nanos() / t;
                }
                cpu.add(new GilReport.CpuRow(
                        t,
                        noGilMedian / 1_000_000,
                        Units.round2((double) t * oneNoGil / noGilMedian),
                        gilMedian.nanos() / 1_000_000,
                        Units.round2((double) t * oneGil / gilMedian.nanos()),
                        gilMedian.stats().switches(),
                        gilMedian.stats().dropRequests(),
                        gilMedian.stats().wastedWakeups()));
                nar.event(
                        LABEL,
                        Texts.of(GilRun.class)
                                .format(
                                        "measured",
                                        Texts.of(GilRun.class).count("threads", t),
                                        Units.seconds(noGilMedian),
                                        Units.seconds(gilMedian.nanos())));
            }
            double cost = Units.round2((double) oneGil / oneNoGil);

            List<Timed> old = new ArrayList<>();
            for (int r = 0; r < MIN_ROUNDS; r++) {
                OldGil gil = new OldGil();
                old.add(new Timed(GilRuns.cpuThreads(2, n, gil), gil.stats()));
            }
            Timed oldMedian = medianTimed(old);
            Texts texts = Texts.of(GilRun.class);
            GilReport.OldGilRow oldGil = new GilReport.OldGilRow(
                    2,
                    oldMedian.nanos() / 1_000_000,
                    Units.round2(2.0 * oneNoGil / oldMedian.nanos()),
                    oldMedian.stats().switches(),
                    oldMedian.stats().wastedWakeups());
            nar.event(
                    LABEL,
                    texts.format(
                            "measured.oldGil",
                            texts.count("threads", oldGil.threads()),
                            Units.seconds(oldMedian.nanos()),
                            oldGil.wastedWakeups()));

            nar.sayPlain("");
            nar.say(Texts.of(GilRun.class).format("heading.io", ioWindow.toNanos() / 1e9));
            List<GilReport.IoRow> io = List.of(
                    ioRow(texts.format("io.alone"), GilRuns.ioWaits(new SimulatedGil(interval), false, ioWindow)),
                    ioRow(texts.format("io.noGil"), GilRuns.ioWaits(new NoGil(), true, ioWindow)),
                    ioRow(texts.format("io.gil"), GilRuns.ioWaits(new SimulatedGil(interval), true, ioWindow)));
            io.forEach(r -> nar.event(LABEL, texts.format("measured.io", r.setup(), r.opsPerSecond(), r.p50Ms())));

            nar.sayPlain("");
            int times = GilRuns.incrementsSpanning(interval, RACE_THREADS, RACE_INTERVALS);
            nar.say(Texts.of(GilRun.class).format("heading.race", RACE_THREADS, times, RACE_INTERVALS));
            long unlocked = GilRuns.increments(new SimulatedGil(interval), RACE_THREADS, times, false);
            int lockedTimes = Math.min(times, LOCKED_INCREMENTS);
            long locked = GilRuns.increments(new SimulatedGil(interval), RACE_THREADS, lockedTimes, true);
            GilReport.Race race = new GilReport.Race(
                    RACE_THREADS,
                    times,
                    (long) RACE_THREADS * times,
                    unlocked,
                    lockedTimes,
                    (long) RACE_THREADS * lockedTimes,
                    locked);
            nar.event(LABEL, texts.format("measured.race", unlocked, race.expected()));
            nar.event(LABEL, texts.format("measured.ownLock", lockedTimes, locked, race.lockedExpected()));
            return new GilReport(n, interval.toNanos() / 1e6, cores, rounds, List.copyOf(cpu), cost, oldGil, io, race);
        }
    }

    /** What a Ctrl-C reports: the CPU rows measured so far. */
    String soFar() {
        return cpu.isEmpty()
                ? null
                : cpu.stream()
                        .map(r -> Texts.of(GilRun.class)
                                .format(
                                        "sofar.row",
                                        Texts.of(GilRun.class).count("threads", r.threads()),
                                        Units.seconds(r.noGilMs() * 1_000_000),
                                        Units.seconds(r.gilMs() * 1_000_000)))
                        .reduce((a, b) -> a + "; " + b)
                        .orElseThrow();
    }

    /** A round's time, and what its GIL counted. */
    private record Timed(long nanos, Gil.Stats stats) {}

    /** The median round itself (the upper of the two middle ones for an even count): its time and its GIL's counts. */
    private static Timed medianTimed(List<Timed> rounds) {
        return rounds.stream()
                .sorted(Comparator.comparingLong(Timed::nanos))
                .toList()
                .get(rounds.size() / 2);
    }

    /**
     * Runs first, untimed, so that the JIT has fully compiled fib with every kind of check:
     * otherwise the one-thread baseline, measured first, runs slower code than the rest.
     */
    private static void warmUp() throws InterruptedException {
        for (int i = 0; i < 8; i++) {
            GilRuns.cpuThreads(1, 32, new NoGil());
            GilRuns.cpuThreads(1, 32, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
            GilRuns.cpuThreads(2, 30, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
            GilRuns.cpuThreads(2, 27, new OldGil());
        }
    }

    private GilReport.IoRow ioRow(String setup, List<Long> waits) {
        long[] values = waits.stream().mapToLong(Long::longValue).toArray();
        return new GilReport.IoRow(
                setup,
                values.length,
                Units.round2(values.length / (ioWindow.toNanos() / 1e9)),
                ms(percentile(values, 50)),
                ms(percentile(values, 99)),
                ms(percentile(values, 100)));
    }

    /** A wait percentile; 0 if the IO thread got in no operation at all. */
    private static long percentile(long[] values, double percent) {
        return values.length == 0 ? 0 : Percentiles.percentile(values, percent);
    }

    private static double ms(long nanos) {
        return Units.round2(nanos / 1e6);
    }
}
