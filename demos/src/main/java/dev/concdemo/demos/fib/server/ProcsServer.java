package dev.concdemo.demos.fib.server;

import dev.concdemo.support.child.ProcessPool;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connections on threads, fib on a pool of child JVMs (seed 003's multiprocessing; the
 * talk's server.py with its ProcessPoolExecutor): the CPU work is spread over processes,
 * each with its own runtime, while a thread per connection waits for the answer.
 */
final class ProcsServer implements FibServer {
    private final ServerContext ctx;
    private final ProcessPool children;
    private final AcceptLoop loop;
    private final AtomicLong count = new AtomicLong();

    ProcsServer(ServerContext base) throws IOException {
        this.children = new ProcessPool(base.config().workers(), "fib-procs-child", FibTask.class);
        this.ctx = new ServerContext(base.config(), base.stats(), base.log(),
                n -> Long.parseLong(children.submit(Integer.toString(n)).get().value()));
        try {
            this.loop = new AcceptLoop(ctx, "procs",
                    connection -> Thread.ofPlatform().name("fib-procs-conn-" + count.incrementAndGet()).start(connection));
        } catch (IOException e) {
            children.abort();
            throw e;
        }
    }

    @Override
    public int port() {
        return loop.port();
    }

    @Override
    public ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public Model model() {
        return Model.PROCS;
    }

    @Override
    public void close() {
        loop.close();
        children.abort(); // requests still running are not wanted: their clients are gone
    }
}
