package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed's polling server (002, 非阻塞IO), in Java: one thread asks the listening socket and
 * every connection in {@code connL} for something, again and again; what a client closed goes
 * to {@code delL} and is removed after the turn. Each read's bytes come back upper-cased.
 * With {@code interval} zero it never waits; the seed sleeps between turns instead.
 */
final class Poller implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Duration interval;
    private final Thread loop;
    private final long startNanos = System.nanoTime();
    private volatile long polls; // turns of the loop; written by the loop only
    private volatile boolean running = true;

    Poller(Duration interval) throws IOException {
        this.interval = interval;
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.configureBlocking(false);
        this.loop = Thread.ofPlatform().name("iomodels-poller").start(this::poll);
    }

    private void poll() {
        List<SocketChannel> connL = new ArrayList<>(); // the loop's own, like the seed's lists
        List<SocketChannel> delL = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        try {
            while (running) {
                SocketChannel conn = server.accept(); // null at once when nobody is waiting
                if (conn != null) {
                    conn.configureBlocking(false);
                    connL.add(conn);
                }
                for (SocketChannel c : connL) {
                    try {
                        buffer.clear();
                        int read = c.read(buffer); // 0 at once when nothing came
                        if (read < 0) {
                            delL.add(c);
                        } else if (read > 0) {
                            buffer.flip();
                            byte[] data = new byte[buffer.remaining()];
                            buffer.get(data);
                            c.write(ByteBuffer.wrap(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)
                                    .toUpperCase(Locale.ROOT)
                                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                        }
                    } catch (IOException reset) {
                        delL.add(c);
                    }
                }
                for (SocketChannel c : delL) {
                    connL.remove(c);
                    c.close();
                }
                delL.clear();
                polls++;
                if (interval.isPositive()) {
                    Thread.sleep(interval); // the seed's time.sleep: the CPU back, the answers later
                }
            }
        } catch (IOException | InterruptedException e) {
            // closed or cancelled: stop polling
        } finally {
            for (SocketChannel c : connL) {
                try {
                    c.close();
                } catch (IOException e) {
                    Swallowed.report("closing " + c, e);
                }
            }
        }
    }

    SocketAddress address() throws IOException {
        return server.getLocalAddress();
    }

    long polls() {
        return polls;
    }

    /** The loop's CPU time over the next {@code window}, as a share of it. */
    double cpuShareOver(Duration window) throws InterruptedException {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        Thread.sleep(window);
        return (double) (cpuNanos() - cpu) / (System.nanoTime() - start);
    }

    /** The loop's CPU time since it started, as a share of the time since. */
    double cpuShareSoFar() {
        return (double) cpuNanos() / (System.nanoTime() - startNanos);
    }

    private long cpuNanos() {
        return Math.max(0, ManagementFactory.getThreadMXBean().getThreadCpuTime(loop.threadId()));
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        try {
            loop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is cancelled; the loop ends on its own
        }
        try {
            server.close();
        } catch (IOException e) {
            Swallowed.report("closing " + server, e);
        }
    }
}
