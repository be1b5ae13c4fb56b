package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Request;
import dev.concdemo.demos.io.fib.RequestParser;
import dev.concdemo.support.term.Narrator;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The yardstick for the nio model (benchmark only, never shipped): a Netty 4.2 NIO server
 * on one event-loop thread, like NioServer, with the same parsing and the same answers
 * ({@link RequestParser}, {@link ServerContext#answer}), so that only the IO layer differs.
 */
public final class NettyFibServer implements AutoCloseable {
    /** Netty's IO layer: its NIO transport (a JDK Selector), or its native epoll one (JNI, Linux). */
    public enum Transport {
        NIO,
        EPOLL
    }

    private final EventLoopGroup group;
    private final Channel server;
    private final ServerContext ctx;

    public NettyFibServer(int maxN) throws InterruptedException {
        this(maxN, Transport.NIO, 0);
    }

    public NettyFibServer(int maxN, Transport transport, int port) throws InterruptedException {
        this.group = new MultiThreadIoEventLoopGroup(
                1,
                transport == Transport.NIO
                        ? NioIoHandler.newFactory()
                        : io.netty.channel.epoll.EpollIoHandler.newFactory());
        this.ctx = new ServerContext(
                new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 100_000, maxN, 1),
                new ServerStats(),
                // Quiet, as `serve --quiet` is in the benchmark. (It was null: since the trace
                // spans came in at d229ca8, every answer was an NPE's error line, which the C
                // client did not check; tests now ask both transports for real answers.)
                new ConnectionLog(Narrator.silent(), true),
                ServerContext.HERE);
        this.server = new ServerBootstrap()
                .group(group)
                .channel(
                        transport == Transport.NIO
                                ? NioServerSocketChannel.class
                                : io.netty.channel.epoll.EpollServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, ServerContext.BACKLOG)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new FibHandler());
                    }
                })
                .bind("127.0.0.1", port)
                .sync()
                .channel();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /**
     * One per connection, written as Netty's own examples write a handler (EchoServerHandler):
     * each read's answers are written in channelRead and flushed once in channelReadComplete,
     * into a buffer from the channel's allocator (pooled, direct); the read buffer is released.
     * The request bytes are copied into one array per connection for the shared parser, as
     * the nio model copies them out of its one read buffer.
     */
    private final class FibHandler extends ChannelInboundHandlerAdapter {
        private final RequestParser parser = new RequestParser(ctx.config().maxN());
        private byte[] bytes = new byte[1024];

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            ByteBuf in = (ByteBuf) message;
            try {
                int n = in.readableBytes();
                if (n > bytes.length) {
                    bytes = new byte[Math.max(n, bytes.length * 2)];
                }
                in.readBytes(bytes, 0, n);
                List<Request> batch = parser.feed(bytes, 0, n);
                byte[] answer = ctx.answer(batch);
                var written =
                        context.write(context.alloc().buffer(answer.length).writeBytes(answer));
                if (ServerContext.closes(batch)) {
                    context.flush();
                    written.addListener(ChannelFutureListener.CLOSE);
                }
            } finally {
                in.release();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext context) {
            context.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            context.close();
        }
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
