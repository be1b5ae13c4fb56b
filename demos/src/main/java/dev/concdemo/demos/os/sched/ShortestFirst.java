package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shortest first: the waiting job with the least work left runs (ties: earlier arrival, then
 * earlier in --jobs). Non-preemptive, it is SJF: a job runs to its end, and since no waiting
 * job has started, "least left" is "shortest burst". Preemptive, it is SRTF: at every unit a
 * newcomer with less left than the running job takes the CPU (an equal one does not: the tie
 * goes to the earlier arrival).
 */
final class ShortestFirst implements Policy {
    static final Comparator<Task> LEAST_LEFT =
            Comparator.<Task>comparingInt(t -> t.remaining).thenComparing(Task::compareArrival);

    private final boolean preemptive;
    private final List<Task> ready = new ArrayList<>();

    ShortestFirst(boolean preemptive) {
        this.preemptive = preemptive;
    }

    @Override
    public void arrive(Task task) {
        ready.add(task);
    }

    @Override
    public boolean stop(Task running) {
        boolean shorterWaits = preemptive && ready.stream().anyMatch(t -> LEAST_LEFT.compare(t, running) < 0);
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
