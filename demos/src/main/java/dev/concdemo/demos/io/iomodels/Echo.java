package dev.concdemo.demos.io.iomodels;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The seeds' upper-casing echo servers, two ways: {@link #selecting} is seed 002's select
 * server (one thread; it calls select, then read: two system calls a request), and
 * {@link #blocking} a thread per connection that just calls read (one). Each read's bytes
 * come back upper-cased.
 */
final class Echo implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Thread loop;
    private final Selector selector; // null for the blocking one

    private Echo(boolean select) throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        if (select) {
            selector = Selector.open();
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            loop = Thread.ofPlatform().name("iomodels-select-echo").start(this::selectLoop);
        } else {
            selector = null;
            loop = Thread.ofPlatform().name("iomodels-blocking-echo").start(this::acceptLoop);
        }
    }

    static Echo selecting() throws IOException {
        return new Echo(true);
    }

    static Echo blocking() throws IOException {
        return new Echo(false);
    }

    SocketAddress address() throws IOException {
        return server.getLocalAddress();
    }

    private void selectLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        try {
            while (selector.isOpen()) {
                selector.select(); // r_list, w_list, x_list = select.select(read_list, [], [])
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        SocketChannel conn = server.accept();
                        if (conn != null) {
                            conn.configureBlocking(false);
                            conn.register(selector, SelectionKey.OP_READ);
                        }
                    } else if (!answer((SocketChannel) key.channel(), buffer)) {
                        key.cancel();
                        key.channel().close();
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            // closed: done
        }
    }

    private void acceptLoop() {
        try {
            while (true) {
                SocketChannel conn = server.accept();
                Thread.ofPlatform().name("iomodels-blocking-conn").start(() -> {
                    ByteBuffer buffer = ByteBuffer.allocate(1024);
                    try (conn) {
                        while (answer(conn, buffer)) {
                            // read blocks until the next request
                        }
                    } catch (IOException e) {
                        // reset: this connection is over
                    }
                });
            }
        } catch (IOException e) {
            // the server socket closed: done
        }
    }

    /** One read, answered upper-cased; false when the client has gone. */
    private static boolean answer(SocketChannel conn, ByteBuffer buffer) throws IOException {
        buffer.clear();
        int read = conn.read(buffer);
        if (read < 0) {
            return false;
        }
        for (int i = 0; i < read; i++) {
            byte b = buffer.get(i);
            if (b >= 'a' && b <= 'z') {
                buffer.put(i, (byte) (b - 32));
            }
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            conn.write(buffer);
        }
        return true;
    }

    /** The median round trip of {@code times} small requests on one connection, in microseconds. */
    double medianRoundTripMicros(int times) throws IOException {
        try (SocketChannel client = SocketChannel.open(address())) {
            client.socket().setTcpNoDelay(true);
            ByteBuffer out = ByteBuffer.wrap("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            ByteBuffer in = ByteBuffer.allocate(64);
            long[] took = new long[times];
            for (int i = 0; i < times; i++) {
                out.rewind();
                in.clear();
                long start = System.nanoTime();
                client.write(out);
                while (in.position() < 5) {
                    if (client.read(in) < 0) {
                        throw new IOException("the echo server closed");
                    }
                }
                took[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(took);
            return took[times / 2] / 1e3;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (selector != null) {
            selector.close();
        }
        try {
            loop.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
