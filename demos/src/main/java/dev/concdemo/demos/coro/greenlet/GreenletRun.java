package dev.concdemo.demos.coro.greenlet;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Seed 002's greenlet section: two greenlets switching to each other print 1 2 3 4 on one
 * thread; switching alone only costs time; and switching does not help when a task blocks,
 * because the one thread blocks with it: the job gevent (virtual threads) does.
 */
final class GreenletRun {
    /** The label of what the command's own thread narrates (the hub, the timings). */
    static final String MAIN = "main";

    /** The seed's two greenlets. */
    static final String G1 = "g1";

    static final String G2 = "g2";

    /** Step 3's task {@code k} (1 or 2) as a greenlet, and as a virtual thread. */
    static String task(int k) {
        return "task" + k;
    }

    static String virtualTask(int k) {
        return "vtask" + k;
    }

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
        g1 = hub.greenlet(G1, () -> {
            print(G1, "1");
            g2.switchTo();
            print(G1, "3");
            g2.switchTo();
        });
        g2 = hub.greenlet(G2, () -> {
            print(G2, "2");
            g1.switchTo();
            print(G2, "4");
        });
        g1.switchTo();
        n.event(MAIN, texts.format("back", hub.switches(), g1.dead()));
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
                MAIN,
                texts.format(
                        "costs",
                        (double) plainNs / items,
                        (double) switchNs / items,
                        (double) switchNs / Math.max(1, plainNs)));
        done = texts.format("soFar.steps", 2);

        step("3", block.toNanos() / 1e9);
        String reads = texts.format("reads", block.toNanos() / 1e9);
        long greenStart = System.nanoTime();
        Greenlets blocking = new Greenlets();
        Greenlets.Greenlet[] pair = new Greenlets.Greenlet[2];
        for (int k = 0; k < 2; k++) {
            int me = k;
            pair[k] = blocking.greenlet(task(k + 1), () -> {
                for (int round = 1; round <= 2; round++) {
                    print(task(me + 1), reads);
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
        n.event(MAIN, texts.format("greenlets", greenMs / 1e3));
        long virtualStart = System.nanoTime();
        try (ExecutorService gevent = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int k = 1; k <= 2; k++) {
                int me = k;
                gevent.submit(() -> {
                    for (int round = 1; round <= 2; round++) {
                        print(virtualTask(me), reads);
                        Thread.sleep(block); // the scheduler runs the other meanwhile
                    }
                    return null;
                });
            }
        }
        long virtualMs = (System.nanoTime() - virtualStart) / 1_000_000;
        n.event(MAIN, texts.format("virtualThreads", virtualMs / 1e3));
        done = texts.format("soFar.all", 3);
        return new GreenletReport(
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

    private void step(String key, Object... args) {
        n.step(GreenletRun.class, key, args);
    }
}
