package dev.concdemo.demos.jvm.forkjoin;

import java.util.concurrent.RecursiveTask;
import java.util.function.BiConsumer;

/**
 * The recursive sum: a range longer than the threshold is split in two; the left half is
 * forked (pushed on this worker's own deque, where an idle worker may steal it from the other
 * end), the right half computed here, then the left joined (popped back and run here if nobody
 * stole it). A range no longer than the threshold is summed in a plain loop.
 *
 * <p>Counting (when {@code workers} is given): each task remembers the worker that forked it;
 * the worker that runs it compares. Run by another worker = stolen. The root task, submitted
 * from outside the pool, has no forker and is never counted as a steal.
 */
@SuppressWarnings("serial") // ForkJoinTask is Serializable; these tasks never leave the JVM
final class SumTask extends RecursiveTask<Long> {
    private final int[] a;
    private final int from;
    private final int to;
    private final int threshold;
    private final Workers workers; // null: a timed run, nothing counted
    private final Workers.Worker forker; // null for the root
    private final BiConsumer<Workers.Worker, SumTask> onSteal; // told of each steal (narration), or null

    SumTask(int[] a, int from, int to, int threshold, Workers workers, BiConsumer<Workers.Worker, SumTask> onSteal) {
        this(a, from, to, threshold, workers, null, onSteal);
    }

    private SumTask(
            int[] a,
            int from,
            int to,
            int threshold,
            Workers workers,
            Workers.Worker forker,
            BiConsumer<Workers.Worker, SumTask> onSteal) {
        this.a = a;
        this.from = from;
        this.to = to;
        this.threshold = threshold;
        this.workers = workers;
        this.forker = forker;
        this.onSteal = onSteal;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    Workers.Worker forker() {
        return forker;
    }

    @Override
    protected Long compute() {
        Workers.Worker me = workers != null && Thread.currentThread() instanceof Workers.Worker w ? w : null;
        if (me != null) {
            workers.ran.incrementAndGet(me.index);
            if (forker != null && forker != me) {
                workers.steals.incrementAndGet(me.index);
                if (onSteal != null) {
                    onSteal.accept(me, this);
                }
            }
        }
        if (to - from <= threshold) {
            return Work.sum(a, from, to);
        }
        int mid = (from + to) >>> 1;
        SumTask left = new SumTask(a, from, mid, threshold, workers, me, onSteal);
        SumTask right = new SumTask(a, mid, to, threshold, workers, me, onSteal);
        left.fork();
        long rightSum = right.compute(); // run here: forker == runner, not a steal
        return left.join() + rightSum;
    }

    /** How many tasks a split of {@code size} at {@code threshold} makes, leaves and splits together. */
    static long tasks(int size, int threshold) {
        if (size <= threshold) {
            return 1;
        }
        int half = size >>> 1;
        return 1 + tasks(half, threshold) + tasks(size - half, threshold);
    }

    /** How many leaves (plain loops) a split of {@code size} at {@code threshold} makes. */
    static long leaves(int size, int threshold) {
        return (tasks(size, threshold) + 1) / 2;
    }
}
