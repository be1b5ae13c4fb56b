package dev.concdemo.demos.os.sched;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Round robin with a time slice of {@code quantum}: one queue; a job runs for at most a slice,
 * then goes to the back. A job arriving at the instant a slice ends is queued before the job
 * whose slice ended (arrivals are handled first at each instant).
 */
final class RoundRobin implements Policy {
    private final int quantum;
    private final Deque<Task> ready = new ArrayDeque<>();

    RoundRobin(int quantum) {
        this.quantum = quantum;
    }

    @Override
    public void arrive(Task task) {
        ready.addLast(task);
    }

    @Override
    public boolean stop(Task running) {
        if (running.sliceUsed < quantum) {
            return false;
        }
        if (ready.isEmpty()) {
            running.sliceUsed = 0; // alone, it simply starts a new slice
            return false;
        }
        ready.addLast(running);
        return true;
    }

    @Override
    public int slice(Task task) {
        return quantum;
    }

    @Override
    public Task next() {
        return ready.pollFirst();
    }

    @Override
    public List<List<String>> queues() {
        return List.of(ready.stream().map(Task::name).toList());
    }
}
