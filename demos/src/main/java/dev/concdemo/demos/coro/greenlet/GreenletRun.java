package dev.concdemo.demos.coro.greenlet;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Seed 002's greenlet section: two greenlets switching to each other print 1 2 3 4 on one
 * thread; switching alone only costs time; and switching does not help when a task blocks,
 * because the one thread blocks with it: the job gevent (virtual threads) does.
 */
final class GreenletRun {
    private final Narrator n;
    private final Duration block;
    private final int items;
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Texts texts = Texts.of(GreenletRun.class); // made on the run's thread: its language
    private volatile String done = texts.format("soFar.none");
    private Greenlets.Greenlet g1; // the seed's globals: each body switches to the other
    private Greenlets.Greenlet g2;

    GreenletRun(Narrator n, Duration block, int items) {
        this.n = n;
        this.block = block;
        this.items = items;
    }

    String soFar() {
        return done;
    }

    GreenletReport run() throws InterruptedException {
        step("1");
        Greenlets hub = new Greenlets();
        g1 = hub.greenlet("g1", () -> {
            print("g1", "1");
            g2.switchTo();
            print("g1", "3");
            g2.switchTo();
        });
        g2 = hub.greenlet("g2", () -> {
            print("g2", "2");
            g1.switchTo();
            print("g2", "4");
        });
        g1.switchTo();
        n.event(
                "main",
                "back in main after %d switches; g2 ended, g1 never resumed (dead: %b), as in greenlet"
                        .formatted(hub.switches(), g1.dead()));
        done = texts.format("soFar.one");

        step("2", items);
        long[] sink = new long[1];
        long[] item = new long[1];
        Coroutine consumer = new Coroutine(() -> {
            while (true) {
                sink[0] += item[0]; // the consumer, switched to
                Coroutine.suspend();
            }
        });
        long plainNs = Long.MAX_VALUE;
        long switchNs = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) { // interleaved; the fastest of three, once the JIT has compiled both
            long plainStart = System.nanoTime();
            for (int i = 0; i < items; i++) {
                sink[0] += i; // the consumer, called
            }
            plainNs = Math.min(plainNs, System.nanoTime() - plainStart);
            long switchStart = System.nanoTime();
            for (int i = 0; i < items; i++) {
                item[0] = i;
                consumer.resume();
                if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException(); // cancelled
                }
            }
            switchNs = Math.min(switchNs, System.nanoTime() - switchStart);
        }
        n.event(
                "main",
                "by calls (inlined by the JIT): %.2f ns an item; by switching: %.1f ns an item (%.0f times slower)"
                        .formatted(
                                (double) plainNs / items,
                                (double) switchNs / items,
                                (double) switchNs / Math.max(1, plainNs)));
        done = texts.format("soFar.steps", 2);

        step("3", block.toNanos() / 1e9);
        long greenStart = System.nanoTime();
        Greenlets blocking = new Greenlets();
        Greenlets.Greenlet[] pair = new Greenlets.Greenlet[2];
        for (int k = 0; k < 2; k++) {
            int me = k;
            pair[k] = blocking.greenlet("task" + (k + 1), () -> {
                for (int round = 1; round <= 2; round++) {
                    print("task" + (me + 1), "reads (blocks %s)".formatted(secs(block)));
                    sleep(block); // blocks the one thread: the other greenlet cannot run meanwhile
                    pair[1 - me].switchTo();
                }
            });
        }
        pair[0].switchTo();
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException(); // cancelled while a greenlet slept
        }
        long greenMs = (System.nanoTime() - greenStart) / 1_000_000;
        n.event(
                "main",
                "greenlets took %.2f s: the blocks added up, the thread waited in each".formatted(greenMs / 1e3));
        long virtualStart = System.nanoTime();
        try (ExecutorService gevent = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int k = 1; k <= 2; k++) {
                int me = k;
                gevent.submit(() -> {
                    for (int round = 1; round <= 2; round++) {
                        print("vtask" + me, "reads (blocks %s)".formatted(secs(block)));
                        Thread.sleep(block); // the scheduler runs the other meanwhile
                    }
                    return null;
                });
            }
        }
        long virtualMs = (System.nanoTime() - virtualStart) / 1_000_000;
        n.event("main", "virtual threads took %.2f s: each block let the other run".formatted(virtualMs / 1e3));
        done = texts.format("soFar.all", 3);
        return new GreenletReport(
                "greenlet",
                List.copyOf(printed.subList(0, 4)),
                Thread.currentThread().getName(),
                hub.switches(),
                items,
                Math.round((double) plainNs / items * 100) / 100.0,
                Math.round((double) switchNs / items * 100) / 100.0,
                block.toMillis(),
                greenMs,
                virtualMs);
    }

    private void print(String who, String text) {
        printed.add(text);
        n.event(who, text);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is cancelled: the caller sees the flag
        }
    }

    private static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private void step(String key, Object... args) {
        n.step(GreenletRun.class, key, args);
    }
}
