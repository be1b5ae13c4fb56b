package dev.concdemo.support.work;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU-bound work and nothing else: arithmetic in a loop, no allocation, no system call but the
 * clock's. For scenarios that need a thread to want the CPU: until a moment, or until the
 * thread itself has had so much CPU (however long that takes on a shared core).
 */
public final class Busy {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Busy() {}

    /** Computes until {@link System#nanoTime()} reaches {@code deadline}. */
    public static void until(long deadline) {
        long sink = 0;
        while (System.nanoTime() < deadline) {
            sink = burst(sink);
        }
        keep(sink);
    }

    /** Computes until this thread has had {@code nanos} more of CPU time. */
    public static void forCpu(long nanos) {
        long until = THREADS.getCurrentThreadCpuTime() + nanos;
        long sink = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            sink = burst(sink);
        }
        keep(sink);
    }

    private static long burst(long sink) {
        for (int i = 0; i < 10_000; i++) {
            sink = sink * 31 + i;
        }
        return sink;
    }

    /** Uses the result, so that the JIT cannot drop the loop. */
    private static void keep(long sink) {
        if (sink == 42) {
            Thread.onSpinWait();
        }
    }
}
