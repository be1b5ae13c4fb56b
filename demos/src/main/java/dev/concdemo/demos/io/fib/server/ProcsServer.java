package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.jvm.ProcessPool;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connections on threads, fib on a pool of child JVMs (seed 003's multiprocessing; the
 * talk's server.py with its ProcessPoolExecutor): the CPU work is spread over processes,
 * each with its own runtime, while a thread per connection waits for the answer.
 */
final class ProcsServer extends AcceptingServer {
    private final AtomicLong count = new AtomicLong();
    private final ProcessPool<FibTask.Compute, FibTask.Result> children;

    ProcsServer(ServerContext base) throws IOException {
        this(base, new ProcessPool<>(base.config().workers(), "fib-procs-child", FibTask.class, FibTask.Result.class));
    }

    private ProcsServer(ServerContext base, ProcessPool<FibTask.Compute, FibTask.Result> children) throws IOException {
        super(Model.PROCS, new ServerContext(base.config(), base.stats(), base.log(), n -> children.submit(
                        new FibTask.Compute(n))
                .get()
                .value()
                .fib()));
        this.children = children;
        try {
            listen(connection -> threads.start("conn-" + count.incrementAndGet(), connection));
        } catch (IOException e) {
            children.abort();
            throw e;
        }
    }

    @Override
    long childThreads() {
        return children.threads();
    }

    @Override
    void closeMore() {
        children.abort(); // requests still running are not wanted: their clients are gone
    }
}
