package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordingStream;

/**
 * Runs in a child JVM whose virtual-thread scheduler has exactly {@link #CARRIERS} carriers
 * (the scheduler is JVM-wide). Args: {@code TASKS BLOCK_MS}. For each place a block can be
 * ({@code synchronized}, {@code native}) it starts TASKS virtual threads that each block
 * BLOCK_MS there, times them all, counts how many were inside their block at once (a pinned
 * block holds a carrier, so at most CARRIERS can be), and counts JFR's
 * {@code jdk.VirtualThreadPinned} events.
 */
public final class TwoCarriers implements ChildProgram {
    static final int CARRIERS = 2;

    /** The child's options: its carriers, native access for qsort, JFR's repository in {@code jfrDir}. */
    static String[] jvmOptions(Path jfrDir) {
        return new String[] {
            "-Djdk.virtualThreadScheduler.parallelism=" + CARRIERS,
            "-Djdk.virtualThreadScheduler.maxPoolSize=" + CARRIERS,
            "--enable-native-access=ALL-UNNAMED",
            "-XX:FlightRecorderOptions=repository=" + jfrDir
        };
    }

    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        int tasks = Integer.parseInt(args.get(0));
        Duration block = Duration.ofMillis(Long.parseLong(args.get(1)));
        for (String where : List.of("synchronized", "native")) {
            AtomicLong pinned = new AtomicLong();
            AtomicInteger inside = new AtomicInteger(); // tasks now inside their block
            AtomicInteger mostInside = new AtomicInteger(); // the most seen at once
            out.println("%s: %d virtual threads, each sleeps %d ms there".formatted(where, tasks, block.toMillis()));
            long ms;
            try (RecordingStream jfr = new RecordingStream()) {
                jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO);
                jfr.onEvent("jdk.VirtualThreadPinned", e -> pinned.incrementAndGet());
                jfr.startAsync();
                CountDownLatch done = new CountDownLatch(tasks);
                long start = System.nanoTime();
                try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int i = 0; i < tasks; i++) {
                        vts.submit(() -> {
                            try {
                                block(where, block, () -> raise(mostInside, inside.incrementAndGet()));
                                inside.decrementAndGet();
                            } finally {
                                done.countDown();
                            }
                            return null;
                        });
                    }
                    while (!done.await(1, TimeUnit.SECONDS)) { // progress, once a second
                        out.println("%s: %d of %d done".formatted(where, tasks - done.getCount(), tasks));
                    }
                } // close() waits for every task (all have counted down by now)
                ms = (System.nanoTime() - start) / 1_000_000;
                jfr.stop(); // waits until every event recorded so far has been consumed
            }
            out.println("%s: all done in %d ms; at most %d asleep at once; %d pinned events"
                    .formatted(where, ms, mostInside.get(), pinned.get()));
            ToParent.send(out, new PinningSays.Row(where, CARRIERS, tasks, ms, mostInside.get(), pinned.get()));
        }
        return 0;
    }

    /**
     * Raises {@code most} to {@code value} if higher: a plain CAS loop, since a method reference
     * here would be linked on first use inside the block, and linking can itself pin (JDK code
     * under a VM frame), which would be counted against {@code synchronized}.
     */
    private static void raise(AtomicInteger most, int value) {
        int seen = most.get();
        while (value > seen && !most.compareAndSet(seen, value)) {
            seen = most.get();
        }
    }

    /** Blocks {@code block} at {@code where}; {@code entered} runs just before the sleep. */
    private static void block(String where, Duration block, Runnable entered) throws InterruptedException {
        switch (where) {
            case "synchronized" -> {
                Object lock = new Object(); // each task its own monitor: only pinning could serialize them
                synchronized (lock) { // guards nothing: the point is to hold a monitor while sleeping
                    entered.run();
                    Thread.sleep(block);
                }
            }
            case "native" -> QsortUpcall.sortSleeping(block, entered);
            default -> throw new IllegalArgumentException("no place " + where);
        }
    }
}
