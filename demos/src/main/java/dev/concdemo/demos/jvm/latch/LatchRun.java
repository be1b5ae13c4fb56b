package dev.concdemo.demos.jvm.latch;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * One run: {@code runners} threads warm up for random times and wait at a start gate (a
 * {@code CountDownLatch(1)}) until main counts it down once; each then runs for a random time and
 * counts down the end gate (a {@code CountDownLatch(runners)}) that main waits on. Then the end
 * gate, at zero, is counted down again and awaited again.
 */
final class LatchRun {
    /** main's label: it opens the start gate and waits at the end gate. */
    static final String MAIN = "main";

    private final int runners;
    private final long seed;
    private final UnaryOperator<Duration> scale; // --time-scale
    private final Narrator n;

    /** Runner {@code number}'s thread name, from 1: "runner-3". */
    static String name(int number) {
        return "runner-" + number;
    }

    LatchRun(int runners, long seed, UnaryOperator<Duration> scale, Narrator n) {
        this.runners = runners;
        this.seed = seed;
        this.scale = scale;
        this.n = n;
    }

    // Counted as the run goes, for Ctrl-C's line (read by the thread that tells an interrupt).
    private final AtomicInteger atGate = new AtomicInteger();
    private final AtomicInteger throughGate = new AtomicInteger();
    private final AtomicInteger finishedRaces = new AtomicInteger();

    /** What was measured before an interrupt: where the runners were; null before any arrived. */
    String soFar() {
        return atGate.get() == 0
                ? null
                : "%d of %d runners reached the start gate, %d went through, %d finished"
                        .formatted(atGate.get(), runners, throughGate.get(), finishedRaces.get());
    }

    LatchReport run() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(runners); // how main knows that every runner is at the gate
        CountDownLatch start = new CountDownLatch(1); // the start gate: one countDown opens it
        CountDownLatch done = new CountDownLatch(runners); // the end gate: each runner counts it down once
        AtomicBoolean opened = new AtomicBoolean(); // set by main just before start.countDown()
        AtomicInteger passedEarly = new AtomicInteger(); // runners through the gate that found `opened` unset
        AtomicInteger countDowns = new AtomicInteger(); // every done.countDown(), counted just before it
        long[] arrived = new long[runners]; // each slot written by its runner, read by main after join
        long[] passed = new long[runners];
        long[] finished = new long[runners];
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < runners; r++) {
            int runner = r;
            String me = name(r + 1);
            Random random = new Random(seed * 1000 + r);
            Duration warmUp = Duration.ofMillis(200 + random.nextInt(1001));
            Duration race = Duration.ofMillis(200 + random.nextInt(1001));
            threads.add(Thread.ofPlatform().name(me).unstarted(() -> {
                try {
                    n.event(me, "warming up for %s s".formatted(seconds(scale.apply(warmUp))));
                    Thread.sleep(scale.apply(warmUp));
                    arrived[runner] = System.nanoTime();
                    n.event(me, "at the start gate: start.await() (count %d)".formatted(start.getCount()));
                    atGate.incrementAndGet();
                    ready.countDown();
                    start.await();
                    passed[runner] = System.nanoTime();
                    throughGate.incrementAndGet();
                    if (!opened.get()) {
                        passedEarly.incrementAndGet(); // never: await returns only once the count is 0
                    }
                    n.event(me, "through the gate, running for %s s".formatted(seconds(scale.apply(race))));
                    Thread.sleep(scale.apply(race));
                    finished[runner] = System.nanoTime();
                    countDowns.incrementAndGet();
                    finishedRaces.incrementAndGet();
                    n.event(me, "finished: done.countDown()"); // said first, so that it comes before what it causes
                    done.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // cancelled: end
                }
            }));
        }
        boolean ended = false;
        try {
            threads.forEach(Thread::start);
            ready.await();
            n.event(MAIN, Narrator.style("bold,fg_green", "all %d at the gate: start.countDown()".formatted(runners)));
            opened.set(true);
            long openedAt = System.nanoTime();
            start.countDown();
            n.event(MAIN, "done.await(): waiting for %d countDowns".formatted(runners));
            long waitFrom = System.nanoTime();
            done.await();
            long woke = System.nanoTime();
            int finishedAtWake = countDowns.get();
            n.event(MAIN, "woke: done.getCount() = %d".formatted(done.getCount()));
            Threads.joinAll(threads);
            ended = true;

            countDowns.incrementAndGet();
            done.countDown(); // at 0: does nothing
            long afterExtra = done.getCount();
            n.event(MAIN, "done.countDown() with the count at 0: getCount() = %d".formatted(afterExtra));

            long countBefore = done.getCount();
            int countDownsBefore = countDowns.get();
            long secondFrom = System.nanoTime();
            done.await(); // the gate stays open: returns at once
            long secondTook = System.nanoTime() - secondFrom;
            int countDownsDuring = countDowns.get() - countDownsBefore;
            n.event(MAIN, "done.await() again: returned after %s ms".formatted(micros(secondTook)));
            return new LatchReport(
                    runners,
                    ms(max(arrived) - min(arrived)),
                    ms(max(passed) - min(passed)),
                    ms(min(passed) - openedAt),
                    passedEarly.get(),
                    ms(max(finished) - min(finished)),
                    ms(woke - waitFrom),
                    Math.round((woke - max(finished)) / 1e3) / 1e3,
                    finishedAtWake,
                    afterExtra,
                    countBefore,
                    Math.round(secondTook / 1e3) / 1e3,
                    countDownsDuring,
                    !(countBefore == 0 && countDownsDuring == 0)); // opened again with no countDown: no reuse
        } finally {
            if (!ended) {
                threads.forEach(Thread::interrupt); // cancelled: no runner outlives the run
            }
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static long min(long[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }

    private static long max(long[] times) {
        return Arrays.stream(times).max().orElseThrow();
    }
}
