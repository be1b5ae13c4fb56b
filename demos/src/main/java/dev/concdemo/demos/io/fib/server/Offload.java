package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.jvm.ProcessPool;
import dev.concdemo.support.work.Fib;
import java.io.IOException;

/**
 * Keeps short requests fast beside expensive ones: a request with n ≥ the threshold is
 * computed in a child JVM started at {@code nice 19}, so the OS scheduler gives it the CPU
 * only when the short requests leave it. (Java thread priorities do nothing on Linux; a
 * process's nice value does.) Only for models that give each connection its own thread:
 * an event loop would stall waiting for the answer.
 */
final class Offload implements AutoCloseable {
    static final int NICENESS = 19;

    private final int threshold;
    private final ProcessPool<FibTask.Compute, FibTask.Result> children;

    Offload(int threshold, int children) throws IOException {
        this.threshold = threshold;
        this.children = new ProcessPool<>(children, "fib-offload-child", FibTask.class, FibTask.Result.class, NICENESS);
    }

    long fib(int n) throws Exception {
        return n >= threshold
                ? children.submit(new FibTask.Compute(n)).get().value().fib()
                : Fib.fib(n);
    }

    /** The threads that talk to its child JVMs. */
    long threads() {
        return children.threads();
    }

    @Override
    public void close() {
        children.abort(); // their clients are gone
    }
}
