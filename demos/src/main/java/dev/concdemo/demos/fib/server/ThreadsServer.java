package dev.concdemo.demos.fib.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A platform thread per connection (seed 001 TCP服务端实现并发, seed 003 "Threading"): clients are served at once. */
final class ThreadsServer implements FibServer {
    private final ServerContext ctx;
    private final AcceptLoop loop;
    private final AtomicLong count = new AtomicLong();

    ThreadsServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        this.loop = new AcceptLoop(ctx, "threads",
                connection -> Thread.ofPlatform().name("fib-threads-conn-" + count.incrementAndGet()).start(connection));
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
        return Model.THREADS;
    }

    @Override
    public void close() {
        loop.close();
    }
}
