package dev.concdemo.demos.io.c10k;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The idle connections, held open by this process. Each is bound first to one of several
 * loopback source addresses (127.0.0.1 to 127.0.0.4, all loopback on Linux), so the client
 * side never runs out of ephemeral ports (about 28,000 per source address here).
 */
final class IdleClients implements AutoCloseable {
    private static final int SOURCES = 4;

    private final InetSocketAddress server;
    private final List<SocketChannel> open = new ArrayList<>();

    IdleClients(int port) {
        this.server = new InetSocketAddress("127.0.0.1", port);
    }

    int size() {
        return open.size();
    }

    /** Opens connections until {@code count} are held. */
    void growTo(int count) throws IOException, InterruptedException {
        while (open.size() < count) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            SocketChannel c = SocketChannel.open();
            try {
                c.bind(new InetSocketAddress("127.0.0." + (1 + open.size() % SOURCES), 0));
                c.connect(server);
            } catch (IOException e) {
                c.close();
                throw e;
            }
            open.add(c);
        }
    }

    /**
     * Closes them with a reset (SO_LINGER 0): an orderly close would leave each port in
     * TIME_WAIT for a minute, and the next model's ramp would spend its time finding free ones.
     */
    @Override
    public void close() {
        for (SocketChannel c : open) {
            try {
                c.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
                c.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
    }
}
