package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shortest remaining time first, preemptive: at every unit, the job with the least work left
 * runs; a job arriving with less left than the running job takes the CPU from it (ties:
 * earlier arrival, then earlier in --jobs, so an equal newcomer does not preempt).
 */
final class Srtf implements Policy {
    static final Comparator<Task> LEAST_LEFT =
            Comparator.<Task>comparingInt(t -> t.remaining).thenComparing(Task::compareArrival);

    private final List<Task> ready = new ArrayList<>();

    @Override
    public void arrive(Task task) {
        ready.add(task);
    }

    @Override
    public boolean stop(Task running) {
        boolean shorterWaits = ready.stream().anyMatch(t -> LEAST_LEFT.compare(t, running) < 0);
        if (shorterWaits) {
            ready.add(running);
        }
        return shorterWaits;
    }

    @Override
    public Task next() {
        Task best = ready.stream().min(LEAST_LEFT).orElse(null);
        ready.remove(best);
        return best;
    }

    @Override
    public List<List<String>> queues() {
        return List.of(ready.stream().sorted(LEAST_LEFT).map(Task::name).toList());
    }
}
