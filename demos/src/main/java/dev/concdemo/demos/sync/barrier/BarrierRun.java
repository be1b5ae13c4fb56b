package dev.concdemo.demos.sync.barrier;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.UnaryOperator;

/**
 * One run of the seed's race: {@code runners} threads arrive at a {@code CyclicBarrier} at
 * random times, lap after lap; the spread of their arrivals and of their starts is measured.
 */
final class BarrierRun {
    private final int runners;
    private final int laps;
    private final long seed;
    private final UnaryOperator<Duration> scale; // --time-scale
    private final Narrator n;

    /** The label of the barrier's own line, said by its action when the last runner arrives. */
    static final String BARRIER = "barrier";

    /** Runner {@code number}'s thread name, from 1: "runner-3". */
    static String name(int number) {
        return "runner-" + number;
    }

    BarrierRun(int runners, int laps, long seed, UnaryOperator<Duration> scale, Narrator n) {
        this.runners = runners;
        this.laps = laps;
        this.seed = seed;
        this.scale = scale;
        this.n = n;
    }

    BarrierReport run() throws InterruptedException {
        long[][] arrived = new long[laps][runners]; // written by each runner, read after join
        long[][] started = new long[laps][runners];
        CyclicBarrier line =
                new CyclicBarrier(runners, () -> n.event(BARRIER, Narrator.style("bold,fg_green", "all here: GO!")));
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < runners; r++) {
            int runner = r;
            Random random = new Random(seed * 1000 + r);
            threads.add(Thread.ofPlatform().name(name(r + 1)).start(() -> {
                try {
                    for (int lap = 0; lap < laps; lap++) {
                        Thread.sleep(scale.apply(Duration.ofMillis(
                                500 + random.nextInt(1501)))); // the seed's random.randint(5, 20) / 10 s
                        arrived[lap][runner] = System.nanoTime();
                        n.event(name(runner + 1), "at the line (lap %d), waiting".formatted(lap + 1));
                        line.await();
                        started[lap][runner] = System.nanoTime();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Threads.joinAll(threads);
        List<BarrierReport.Lap> results = new ArrayList<>();
        for (int lap = 0; lap < laps; lap++) {
            results.add(new BarrierReport.Lap(
                    lap + 1,
                    spreadMs(arrived[lap]),
                    spreadMs(started[lap]),
                    Math.round((min(started[lap]) - max(arrived[lap])) / 1e4) / 100.0));
        }
        return new BarrierReport(runners, results);
    }

    private static long min(long[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }

    private static long max(long[] times) {
        return Arrays.stream(times).max().orElseThrow();
    }

    private static double spreadMs(long[] times) {
        return Math.round((max(times) - min(times)) / 1e4) / 100.0;
    }
}
