package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.term.Trace;
import dev.concdemo.support.work.StartLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One trial: {@code threads} threads released together each add their own {@code each}
 * elements to one shared collection. What came of it: the size at the end, what the adds
 * threw, or a thread that never returned: a put racing a resize can leave a cycle in a
 * HashMap bin's red-black tree, and a thread then loops in it for good.
 */
final class Trial {
    /**
     * @param size the collection's size at the end (meaningless if {@code hang} is set)
     * @param thrown the simple names of what the adds threw, one per thread that threw
     * @param hang the thread that had not returned when the trial gave up on it, or null
     */
    record Outcome(int size, List<String> thrown, Hang hang, long nanos) {}

    /** A thread still adding long after it should have ended, and where it was. */
    record Hang(String thread, List<String> frames) {
        /** The innermost frame in java.util, where it loops: {@code HashMap$TreeNode.balanceInsertion}. */
        String where() {
            return frames.stream()
                    .filter(f -> f.startsWith("java.util."))
                    .findFirst()
                    .orElse(frames.isEmpty() ? "?" : frames.getFirst())
                    .replaceFirst("^java\\.util\\.", "");
        }
    }

    /**
     * Far longer than any trial takes: adds run at ~33 ns here, this allows 500 ns each and a
     * second more. A trial still running then has a thread that will never return.
     */
    static Duration hangAfter(int threads, int each) {
        return Duration.ofSeconds(1).plusNanos(500L * threads * each);
    }

    /**
     * For the collections that never loop, a bound only a stalled machine could reach: a
     * CopyOnWriteArrayList copies its whole array at every add (n * n / 2 element copies for n
     * adds), and on a machine whose cores are taken by others that took over {@link #hangAfter}.
     */
    static Duration stallAfter(int threads, int each) {
        long adds = (long) threads * each;
        return Duration.ofSeconds(10).plusNanos(2 * adds * adds);
    }

    private Trial() {}

    static Outcome run(Shared shared, int threads, int each, Duration hangAfter, Trace trace)
            throws InterruptedException {
        StartLine line = new StartLine(threads); // all adding at once, running
        List<String> thrown = new CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            // Daemon: one looping for good must not keep its JVM up (nor hold up the child's exit).
            workers.add(Thread.ofPlatform().name("adder-" + (t + 1)).daemon().start(() -> {
                line.arrive();
                try (var _ = trace.span("add x " + each)) {
                    for (int i = 0; i < each; i++) {
                        shared.add(me, i);
                    }
                } catch (RuntimeException e) { // a torn ArrayList or HashMap: this thread's adds stop here
                    thrown.add(e.getClass().getSimpleName());
                }
            }));
        }
        long start = System.nanoTime();
        long deadline = start + hangAfter.toNanos();
        try {
            for (Thread w : workers) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !w.join(Duration.ofNanos(left))) {
                    List<String> frames = Arrays.stream(w.getStackTrace())
                            .map(f -> f.getClassName() + "." + f.getMethodName())
                            .toList();
                    return new Outcome(
                            -1, List.copyOf(thrown), new Hang(w.getName(), frames), System.nanoTime() - start);
                }
            }
        } finally {
            workers.forEach(Thread::interrupt); // only matters if we were interrupted
        }
        return new Outcome(shared.size(), List.copyOf(thrown), null, System.nanoTime() - start);
    }
}
