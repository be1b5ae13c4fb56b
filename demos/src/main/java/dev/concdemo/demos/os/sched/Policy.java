package dev.concdemo.demos.os.sched;

import java.util.List;

/**
 * A scheduling algorithm: who waits where, who runs next, and when the running job must stop.
 * The {@link Simulation} calls, at each whole time unit: {@link #tick}, then {@link #arrive}
 * for the jobs arriving then (in --jobs order), then {@link #stop} for the running job (which,
 * if it says yes, has put the job back in a queue itself), then {@link #next} if the CPU is free.
 */
sealed interface Policy permits Fcfs, ShortestFirst, RoundRobin, Mlfq {

    /** The time is now {@code t} (mlfq's boost happens here). */
    default void tick(int t) {}

    /** A job arrives, or (in a preemptive algorithm) comes back to wait. */
    void arrive(Task task);

    /** Whether {@code running} must give up the CPU now; if so, the policy has queued it again. */
    boolean stop(Task running);

    /** The job to run next, taken off its queue, or null if none waits. */
    Task next();

    /** The waiting jobs, queue by queue (mlfq's three levels; one queue for the others). */
    List<List<String>> queues();

    /** The slice a job may run before the policy may stop it: none (the largest int) for fcfs, sjf, srtf. */
    default int slice(Task task) {
        return Integer.MAX_VALUE;
    }

    /** The level a job runs at: mlfq's queue, 0 for the others. */
    default int level(Task task) {
        return 0;
    }
}
