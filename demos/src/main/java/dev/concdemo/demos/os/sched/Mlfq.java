package dev.concdemo.demos.os.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The multilevel feedback queue as seed 001 tells it: three levels, the top one first. New
 * jobs enter the top level; a level's slice is {@code Q}, {@code 2Q}, {@code 4Q}; a job that
 * uses its whole slice drops a level (the bottom level is round robin); a job arriving takes
 * the CPU from a running job of a lower level, which goes to the back of its own level's
 * queue, keeping its level. With {@code boost} above 0, every {@code boost} units all jobs
 * move to the top: the waiting ones level by level, then that instant's arrivals, then the
 * job that was running.
 */
final class Mlfq implements Policy {
    static final int LEVELS = 3;

    private final int quantum;
    private final int boost;
    private final List<Deque<Task>> levels = new ArrayList<>();
    private boolean boosting; // a boost is under way at this instant: the running job goes to the top too

    Mlfq(int quantum, int boost) {
        this.quantum = quantum;
        this.boost = boost;
        for (int i = 0; i < LEVELS; i++) {
            levels.add(new ArrayDeque<>());
        }
    }

    /** The slice at a level: Q, 2Q, 4Q. */
    int slice(int level) {
        return quantum << level;
    }

    @Override
    public void tick(int t) {
        boosting = boost > 0 && t > 0 && t % boost == 0;
        if (boosting) {
            for (int level = 1; level < LEVELS; level++) {
                for (Task task : levels.get(level)) {
                    task.level = 0;
                    levels.getFirst().addLast(task);
                }
                levels.get(level).clear();
            }
        }
    }

    @Override
    public void arrive(Task task) {
        task.level = 0;
        levels.getFirst().addLast(task);
    }

    @Override
    public boolean stop(Task running) {
        if (boosting) {
            running.level = 0;
        } else if (running.sliceUsed >= slice(running.level)) {
            running.level = Math.min(running.level + 1, LEVELS - 1); // used its whole slice: down a level
        } else if (!higherThan(running.level)) {
            return false;
        } // else: a job waits on a higher level (a newcomer): preempted, it keeps its level
        levels.get(running.level).addLast(running);
        return true;
    }

    private boolean higherThan(int level) {
        for (int i = 0; i < level; i++) {
            if (!levels.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Task next() {
        for (Deque<Task> queue : levels) {
            if (!queue.isEmpty()) {
                return queue.pollFirst();
            }
        }
        return null;
    }

    @Override
    public List<List<String>> queues() {
        return levels.stream().map(q -> q.stream().map(Task::name).toList()).toList();
    }

    @Override
    public int slice(Task task) {
        return slice(task.level);
    }

    @Override
    public int level(Task task) {
        return task.level;
    }
}
