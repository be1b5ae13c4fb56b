package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Request;
import dev.concdemo.demos.io.fib.RequestParser;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * One non-blocking connection of the single-threaded models (nonblocking, nio): reads what
 * is there, answers it, and keeps what could not be written yet. While answers are pending
 * it reads nothing more, so a client that sends without reading cannot make it buffer
 * without bound. Used by one thread only.
 */
final class ChannelConnection {
    final SocketChannel channel;
    final SocketAddress peer;
    private final RequestParser parser;
    private ByteBuffer pending; // answers not yet written; null when none
    private boolean closeAfterWrite;
    long requests;

    private ChannelConnection(SocketChannel channel, int maxN) throws IOException {
        this.channel = channel;
        this.peer = channel.getRemoteAddress();
        this.parser = new RequestParser(maxN);
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
        ChannelConnection c = new ChannelConnection(client, ctx.config().maxN());
        ctx.log().opened(c.peer);
        return c;
    }

    /** Closes it, once, and counts and logs it. */
    void finish(ServerContext ctx) {
        if (channel.isOpen()) {
            close();
            ctx.stats().open.decrementAndGet();
            ctx.log().closed(peer, requests);
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
        List<Request> batch = parser.feed(readBuffer.array(), 0, n);
        requests += batch.size();
        pending = ByteBuffer.wrap(ctx.answer(batch));
        closeAfterWrite = ServerContext.closes(batch);
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
        return !closeAfterWrite;
    }

    boolean writing() {
        return pending != null;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
