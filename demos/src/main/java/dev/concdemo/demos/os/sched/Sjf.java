package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shortest job first, non-preemptive: when the CPU is free, the waiting job with the
 * shortest burst runs to its end (ties: earlier arrival, then earlier in --jobs).
 */
final class Sjf implements Policy {
    static final Comparator<Task> SHORTEST =
            Comparator.<Task>comparingInt(t -> t.job.burst()).thenComparing(Task::compareArrival);

    private final List<Task> ready = new ArrayList<>();

    @Override
    public void arrive(Task task) {
        ready.add(task);
    }

    @Override
    public boolean stop(Task running) {
        return false; // non-preemptive: a shorter job arriving waits
    }

    @Override
    public Task next() {
        Task best = ready.stream().min(SHORTEST).orElse(null);
        ready.remove(best);
        return best;
    }

    @Override
    public List<List<String>> queues() {
        return List.of(ready.stream().sorted(SHORTEST).map(Task::name).toList());
    }
}
