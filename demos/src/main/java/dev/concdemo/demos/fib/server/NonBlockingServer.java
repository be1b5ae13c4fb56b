package dev.concdemo.demos.fib.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
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
final class NonBlockingServer implements FibServer {
    private final ServerContext ctx;
    private final ServerSocketChannel server;
    private final List<ChannelConnection> connections = new ArrayList<>(); // touched by the loop thread only
    private final Thread loop;
    private volatile boolean running = true;

    NonBlockingServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        this.server = ServerSocketChannel.open();
        server.bind(ctx.config().address(), ServerContext.BACKLOG);
        server.configureBlocking(false);
        this.loop = Thread.ofPlatform().name("fib-nonblocking-loop").start(this::poll);
    }

    private void poll() {
        ByteBuffer readBuffer = ByteBuffer.allocate(128);
        try {
            while (running) {
                SocketChannel client = server.accept(); // returns at once: null when nobody is waiting
                if (client != null) {
                    admit(client);
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
                        finish(c);
                    }
                }
                // BROKEN by design: no sleep and no selector, so this loop spins on an idle server.
            }
        } catch (IOException e) {
            running = false;
        } finally {
            connections.forEach(this::finish);
            connections.clear();
        }
    }

    private void admit(SocketChannel client) throws IOException {
        if (ctx.stats().open.get() >= ctx.config().maxConnections()) {
            ctx.stats().rejected.incrementAndGet();
            ctx.log().rejected(client.getRemoteAddress(), ctx.config().maxConnections());
            client.write(ByteBuffer.wrap(ServerContext.FULL));
            client.close();
            return;
        }
        client.configureBlocking(false);
        client.socket().setTcpNoDelay(true);
        ChannelConnection c = new ChannelConnection(client, ctx.config().maxN());
        connections.add(c);
        ctx.stats().connections.incrementAndGet();
        ctx.stats().open.incrementAndGet();
        ctx.log().opened(c.peer);
    }

    private void finish(ChannelConnection c) {
        c.close();
        ctx.stats().open.decrementAndGet();
        ctx.log().closed(c.peer, c.requests);
    }

    /** CPU time the polling loop has used so far. */
    long loopCpuNanos() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadCpuTime(loop.threadId());
    }

    @Override
    public int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public Model model() {
        return Model.NONBLOCKING;
    }

    @Override
    public void close() {
        running = false;
        try {
            loop.join(2_000);
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
