package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One non-blocking connection of the single-threaded models (nonblocking, nio): reads what
 * is there, answers it, and keeps what could not be written yet. While answers are pending
 * it reads nothing more, so a client that sends without reading cannot make it buffer
 * without bound. Used by one thread only.
 */
final class ChannelConnection {
    final SocketChannel channel;
    final SocketAddress peer;
    private final Exchange exchange;
    private ByteBuffer pending; // answers not yet written; null when none

    private ChannelConnection(SocketChannel channel, Exchange exchange) throws IOException {
        this.channel = channel;
        this.peer = channel.getRemoteAddress();
        this.exchange = exchange;
    }

    /**
     * Takes a just-accepted client: refused with an error line if the server is full (null),
     * else made non-blocking, counted and logged.
     */
    static ChannelConnection admit(SocketChannel client, ServerContext ctx) throws IOException {
        if (!ctx.admit(client.getRemoteAddress())) {
            client.write(ByteBuffer.wrap(ServerContext.FULL));
            client.close();
            return null;
        }
        client.configureBlocking(false);
        client.socket().setTcpNoDelay(true);
        ChannelConnection c = new ChannelConnection(client, Exchange.open(ctx));
        ctx.log().opened(c.peer);
        return c;
    }

    /** Closes it, once, and counts and logs it. */
    void finish(ServerContext ctx) {
        if (channel.isOpen()) {
            close();
            ctx.stats().open.decrementAndGet();
            ctx.log().closed(peer, exchange.requests());
        }
    }

    /**
     * Reads once (into {@code readBuffer}, shared by the loop) and answers what was read.
     *
     * @return false when the connection is over (the client left, or misbehaved)
     */
    boolean read(ByteBuffer readBuffer, ServerContext ctx) throws IOException {
        readBuffer.clear();
        int n = channel.read(readBuffer);
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        pending = ByteBuffer.wrap(exchange.answer(readBuffer.array(), 0, n));
        return write();
    }

    /** Writes what is pending; false when the connection is over. */
    boolean write() throws IOException {
        if (pending != null) {
            channel.write(pending);
            if (pending.hasRemaining()) {
                return true;
            }
            pending = null;
        }
        return !exchange.closing();
    }

    boolean writing() {
        return pending != null;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            Swallowed.report("closing " + channel, e);
        }
    }
}
