package dev.concdemo.demos.os.sched;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** First come, first served: one queue in order of arrival; a job runs until it is done. */
final class Fcfs implements Policy {
    private final Deque<Task> ready = new ArrayDeque<>();

    @Override
    public void arrive(Task task) {
        ready.addLast(task);
    }

    @Override
    public boolean stop(Task running) {
        return false; // never preempted
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
