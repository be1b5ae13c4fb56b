package dev.concdemo.demos.io.c10k;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The idle connections, held open by this process. Each is bound first to one of several
 * loopback source addresses (127.0.0.2 onwards, all loopback on Linux), so the client side
 * never runs out of ephemeral ports (about 28,000 per source address here); 127.0.0.1 is
 * left to the rest of the machine.
 */
final class IdleClients implements AutoCloseable {
    /** Connections per source address at most: well inside one address's ephemeral ports. */
    static final int PER_SOURCE = 14_000;

    private InetSocketAddress server;
    private final int sources;
    private final List<SocketChannel> open = new ArrayList<>();

    /** Clients spread over enough source addresses for {@code most}; {@link #server} says of which server. */
    IdleClients(int most) {
        this.sources = sourcesFor(most);
    }

    /** The server on 127.0.0.1 at {@code port} they connect to. */
    void server(int port) {
        this.server = new InetSocketAddress("127.0.0.1", port);
    }

    /** Source addresses needed for {@code most} connections: at least four. */
    static int sourcesFor(int most) {
        return Math.max(4, (most + PER_SOURCE - 1) / PER_SOURCE);
    }

    int size() {
        return open.size();
    }

    /** Opens {@code more} connections; a failure (no descriptor, no port) is thrown as it came. */
    void open(int more) throws IOException, InterruptedException {
        for (int i = 0; i < more; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            SocketChannel c = SocketChannel.open();
            try {
                c.bind(new InetSocketAddress("127.0.0." + (2 + open.size() % sources), 0));
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
                c.setOption(StandardSocketOptions.SO_LINGER, 0);
                c.close();
            } catch (IOException e) {
                Swallowed.report("closing an idle connection", e); // closing anyway
            }
        }
        open.clear();
    }
}
