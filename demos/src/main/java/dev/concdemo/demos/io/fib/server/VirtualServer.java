package dev.concdemo.demos.io.fib.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A virtual thread per connection (the JVM's gevent, seed 002): the same blocking code as the
 * threads model, but a thread blocked on a socket parks cheaply instead of holding an OS thread.
 */
final class VirtualServer extends AcceptingServer {
    private final AtomicLong count = new AtomicLong();

    VirtualServer(ServerContext ctx) throws IOException {
        super(Model.VIRTUAL, ctx);
        listen(connection -> Thread.ofVirtual()
                .name("fib-virtual-conn-" + count.incrementAndGet())
                .start(connection));
    }
}
