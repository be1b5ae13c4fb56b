package dev.concdemo.demos.io.fib.client;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The load client's connection: a blocking channel, a request sent as prepared bytes and the
 * answer line read into a buffer and compared as bytes, with nothing made per request (no
 * String, no decoding): so that {@code bench} measures the server, not itself. Not thread-safe.
 */
final class LineChannel implements AutoCloseable {
    /** What came back. */
    enum Answer {
        EXPECTED,
        WRONG,
        ERROR,
        CLOSED
    }

    private static final byte[] ERROR = "error".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
    private final ByteBuffer out = ByteBuffer.allocateDirect(1024);
    private final byte[] line = new byte[64 * 1024];

    LineChannel(String host, int port) throws IOException {
        channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.socket().connect(new InetSocketAddress(host, port), 5_000);
        in.limit(0); // nothing read yet
    }

    /** Sends {@code request} and reads one answer line; compares it with {@code expected} (newline included). */
    Answer exchange(byte[] request, byte[] expected) throws IOException {
        out.clear();
        out.put(request).flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        int length = 0;
        while (true) {
            if (!in.hasRemaining()) {
                in.clear();
                if (channel.read(in) < 0) {
                    return Answer.CLOSED;
                }
                in.flip();
            }
            while (in.hasRemaining()) {
                byte b = in.get();
                if (length < line.length) {
                    line[length++] = b;
                }
                if (b == '\n') {
                    if (Arrays.equals(line, 0, length, expected, 0, expected.length)) {
                        return Answer.EXPECTED;
                    }
                    return Arrays.equals(line, 0, Math.min(length, ERROR.length), ERROR, 0, ERROR.length)
                            ? Answer.ERROR
                            : Answer.WRONG;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            Swallowed.report("closing a load connection", e); // closing anyway
        }
    }
}
