package dev.concdemo.demos.os.sched;

/**
 * A job while it is being scheduled: what it still needs, how much of its current slice it
 * has used, and (for mlfq) its level. Touched only by the simulation's one thread.
 */
final class Task {
    final Job job;
    int remaining;
    int sliceUsed;
    int level;

    Task(Job job) {
        this.job = job;
        this.remaining = job.burst();
    }

    String name() {
        return job.name();
    }

    /** Earlier arrival first, then earlier in --jobs: every algorithm's last tie-breakers. */
    int compareArrival(Task other) {
        int byArrival = Integer.compare(job.arrival(), other.job.arrival());
        return byArrival != 0 ? byArrival : Integer.compare(job.order(), other.job.order());
    }
}
