package dev.concdemo.demos.fib.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A virtual thread per connection (the JVM's gevent, seed 002): the same blocking code as the
 * threads model, but a thread blocked on a socket parks cheaply instead of holding an OS thread.
 */
final class VirtualServer implements FibServer {
    private final ServerContext ctx;
    private final AcceptLoop loop;
    private final AtomicLong count = new AtomicLong();

    VirtualServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        this.loop = new AcceptLoop(ctx, "virtual",
                connection -> Thread.ofVirtual().name("fib-virtual-conn-" + count.incrementAndGet()).start(connection));
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
        return Model.VIRTUAL;
    }

    @Override
    public void close() {
        loop.close();
    }
}
