package dev.concdemo.demos.io.fib.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Non-blocking sockets polled in a loop, no selector (seed 002 非阻塞IO): one thread asks
 * the listening socket and every connection "anything for me?" again and again. It works,
 * and it never waits: the loop keeps a core busy even with no client at all, which
 * {@link #loopCpuNanos} shows.
 */
final class NonBlockingServer extends SingleLoopServer {
    private final List<ChannelConnection> connections = new ArrayList<>(); // touched by the loop thread only

    NonBlockingServer(ServerContext ctx) throws IOException {
        super(Model.NONBLOCKING, ctx);
        startLoop(this::poll);
    }

    private void poll() {
        ByteBuffer readBuffer = ByteBuffer.allocate(Exchange.READ);
        try {
            while (running) {
                SocketChannel client = server.accept(); // returns at once: null when nobody is waiting
                ChannelConnection admitted = client == null ? null : ChannelConnection.admit(client, ctx);
                if (admitted != null) {
                    connections.add(admitted);
                }
                for (Iterator<ChannelConnection> it = connections.iterator(); it.hasNext(); ) {
                    ChannelConnection c = it.next();
                    boolean keep;
                    try {
                        keep = c.writing() ? c.write() : c.read(readBuffer, ctx); // read() returns at once too
                    } catch (IOException reset) {
                        keep = false;
                    }
                    if (!keep) {
                        it.remove();
                        c.finish(ctx);
                    }
                }
                // BROKEN by design: no sleep and no selector, so this loop spins on an idle server.
            }
        } catch (IOException e) {
            running = false;
        } finally {
            connections.forEach(c -> c.finish(ctx));
            connections.clear();
        }
    }

    /** CPU time the polling loop has used so far. */
    long loopCpuNanos() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadCpuTime(loop().threadId());
    }
}
