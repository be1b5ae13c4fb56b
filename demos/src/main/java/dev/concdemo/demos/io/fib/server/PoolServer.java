package dev.concdemo.demos.io.fib.server;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of threads (seed 001 进程池与线程池): at most {@code workers} clients are
 * served at once; the others are accepted and wait in the pool's queue for a free worker.
 */
final class PoolServer extends AcceptingServer {
    private final ExecutorService pool;

    PoolServer(ServerContext ctx) throws IOException {
        super(Model.POOL, ctx);
        this.pool = Executors.newFixedThreadPool(ctx.config().workers(), threads.factory("worker-"));
        listen(pool::execute);
    }

    @Override
    void closeMore() {
        pool.shutdownNow(); // queued connections are dropped; their sockets were closed with the loop
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
