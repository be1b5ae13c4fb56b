package dev.concdemo.demos.fib.server;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of threads (seed 001 进程池与线程池): at most {@code workers} clients are
 * served at once; the others are accepted and wait in the pool's queue for a free worker.
 */
final class PoolServer implements FibServer {
    private final ServerContext ctx;
    private final ExecutorService pool;
    private final AcceptLoop loop;

    PoolServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        this.pool = Executors.newFixedThreadPool(ctx.config().workers(), Thread.ofPlatform().name("fib-pool-worker-", 1).factory());
        this.loop = new AcceptLoop(ctx, "pool", pool::execute);
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
        return Model.POOL;
    }

    @Override
    public void close() {
        loop.close(); // closes the connections being served, so the workers come free
        pool.shutdownNow(); // queued connections are dropped; their sockets were closed above
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
