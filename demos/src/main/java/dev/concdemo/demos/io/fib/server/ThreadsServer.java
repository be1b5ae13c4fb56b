package dev.concdemo.demos.io.fib.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A platform thread per connection (seed 001 TCP服务端实现并发, seed 003 "Threading"): clients are served at once. */
final class ThreadsServer extends AcceptingServer {
    private final AtomicLong count = new AtomicLong();

    ThreadsServer(ServerContext ctx) throws IOException {
        super(Model.THREADS, ctx);
        listen(connection -> threads.start("conn-" + count.incrementAndGet(), connection));
    }
}
