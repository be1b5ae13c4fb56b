package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Asynchronous IO (seeds 000/002 异步IO): NIO.2's AsynchronousServerSocketChannel. Every
 * accept, read and write is started and returns at once; a completion handler runs, on the
 * channel group's small thread pool, when it is done. No thread per client, and no loop of
 * our own: each handler starts the next operation.
 */
final class AioServer implements FibServer {
    private final ServerContext ctx;
    private final AsynchronousChannelGroup group;
    private final AsynchronousServerSocketChannel server;
    private final Set<AsynchronousSocketChannel> open = ConcurrentHashMap.newKeySet();
    private final ServerThreads threads = new ServerThreads(Model.AIO);

    AioServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        int handlers = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.group = AsynchronousChannelGroup.withFixedThreadPool(handlers, threads.factory("handler-"));
        this.server =
                AsynchronousServerSocketChannel.open(group).bind(ctx.config().address(), ServerContext.BACKLOG);
        server.accept(null, new Acceptor());
    }

    private static SocketAddress peer(AsynchronousSocketChannel client) {
        try {
            return client.getRemoteAddress();
        } catch (IOException gone) {
            return null;
        }
    }

    private final class Acceptor implements CompletionHandler<AsynchronousSocketChannel, Void> {
        @Override
        public void completed(AsynchronousSocketChannel client, Void nothing) {
            server.accept(null, this); // take the next one while this one is served
            if (!ctx.admit(peer(client))) {
                client.write(ByteBuffer.wrap(ServerContext.FULL), null, new CompletionHandler<Integer, Void>() {
                    @Override
                    public void completed(Integer written, Void a) {
                        quietlyClose(client);
                    }

                    @Override
                    public void failed(Throwable e, Void a) {
                        quietlyClose(client);
                    }
                });
                return;
            }
            try {
                new Connection(client).start();
            } catch (IOException e) {
                ctx.stats().open.decrementAndGet(); // admitted, but gone before it started
                quietlyClose(client);
            }
        }

        @Override
        public void failed(Throwable e, Void nothing) {
            // the server channel was closed: no more accepts
        }
    }

    /** One client: read, answer, write, read again; each step started by the last one's handler. */
    private final class Connection implements CompletionHandler<Integer, ByteBuffer> {
        private final AsynchronousSocketChannel channel;
        private final SocketAddress peer;
        private final Exchange exchange = Exchange.open(ctx);
        private final ByteBuffer in = ByteBuffer.allocate(Exchange.READ);

        Connection(AsynchronousSocketChannel channel) throws IOException {
            this.channel = channel;
            this.peer = channel.getRemoteAddress();
        }

        void start() throws IOException {
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            open.add(channel);
            ctx.log().opened(peer);
            read();
        }

        private void read() {
            in.clear();
            channel.read(in, in, this);
        }

        /** A read (attachment {@code in}) or a write (attachment: the answers) completed. */
        @Override
        public void completed(Integer count, ByteBuffer buffer) {
            if (buffer == in) {
                if (count < 0) {
                    finish();
                    return;
                }
                ByteBuffer answers = ByteBuffer.wrap(exchange.answer(in.array(), 0, count));
                channel.write(answers, answers, this);
            } else if (buffer.hasRemaining()) {
                channel.write(buffer, buffer, this);
            } else if (exchange.closing()) {
                finish();
            } else {
                read();
            }
        }

        @Override
        public void failed(Throwable e, ByteBuffer buffer) {
            finish();
        }

        private void finish() {
            if (open.remove(channel)) {
                quietlyClose(channel);
                ctx.stats().open.decrementAndGet();
                ctx.log().closed(peer, exchange.requests());
            }
        }
    }

    private static void quietlyClose(AsynchronousSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            Swallowed.report("closing a connection", e);
        }
    }

    @Override
    public int port() {
        try {
            return ((java.net.InetSocketAddress) server.getLocalAddress()).getPort();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public long threads() {
        return threads.count();
    }

    @Override
    public Model model() {
        return Model.AIO;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            Swallowed.report("closing the listening channel", e);
        }
        open.forEach(AioServer::quietlyClose);
        try {
            group.shutdownNow(); // ends the handler threads
        } catch (IOException e) {
            Swallowed.report("shutting down the handlers' group", e);
        }
        try {
            group.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
