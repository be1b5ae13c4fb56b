package dev.concdemo.demos.sync.pool;

import dev.concdemo.support.proc.ChildTask;

/**
 * The seed's task, for a pool of child JVMs: "N SLEEP_NANOS" in, "N*N@PID" out after
 * sleeping (the sleep stands for the task's work).
 */
public final class PoolTask implements ChildTask {
    @Override
    public String handle(String request) throws InterruptedException {
        String[] parts = request.split(" ");
        int n = Integer.parseInt(parts[0]);
        Thread.sleep(java.time.Duration.ofNanos(Long.parseLong(parts[1])));
        return square(n) + "@" + ProcessHandle.current().pid();
    }

    /** The seed's task returns a value; ours returns n squared, wherever it runs. */
    static long square(int n) {
        return (long) n * n;
    }
}
