package dev.concdemo.demos.sync.pool;

import dev.concdemo.support.jvm.ChildTask;
import java.time.Duration;

/**
 * The seed's task, for a pool of child JVMs: sleep (the sleep stands for the task's work),
 * then answer n squared and which process did it.
 */
public final class PoolTask implements ChildTask<PoolTask.Task, PoolTask.Done> {
    /** Task number {@code n}, whose work takes {@code work}. */
    public record Task(int n, Duration work) {}

    /** The task's result and the pid of the child JVM that computed it. */
    public record Done(long square, long pid) {}

    @Override
    public Class<Task> requestType() {
        return Task.class;
    }

    @Override
    public Done handle(Task task) throws InterruptedException {
        Thread.sleep(task.work());
        return new Done(square(task.n()), ProcessHandle.current().pid());
    }

    /** The seed's task returns a value; ours returns n squared, wherever it runs. */
    static long square(int n) {
        return (long) n * n;
    }
}
