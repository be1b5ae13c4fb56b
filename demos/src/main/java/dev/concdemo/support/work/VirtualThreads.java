package dev.concdemo.support.work;

/** Settings of the JVM's virtual-thread scheduler that scenarios share. */
public final class VirtualThreads {
    /**
     * JVM options for a scheduler with exactly one carrier thread: virtual threads then take
     * turns on one OS thread, as greenlets do. Both are needed: with parallelism=1 alone the
     * scheduler adds a carrier when one is pinned (a blocking write to stdout will do). They
     * hold for a whole JVM, so they go on a child JVM's command line.
     */
    public static final String[] ONE_CARRIER = {
        "-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1"
    };

    private VirtualThreads() {}
}
