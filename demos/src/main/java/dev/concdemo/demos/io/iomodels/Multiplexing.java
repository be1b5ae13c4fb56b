package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * IO multiplexing (seed 002, 多路复用IO): a select blocks for many sockets at once, then a read
 * copies. For one connection that is two system calls where blocking IO makes one, so it is no
 * faster (the seed's 总结): measured on one connection against a thread that just reads. And
 * what "ready" means: Linux's select, poll and epoll by default, and Java's Selector, are
 * level-triggered: a socket with unread data is reported again at every select until drained.
 */
final class Multiplexing {
    /**
     * @param blockingMicros median round trip, blocking echo, per round
     * @param selectMicros median round trip, select echo, per round (rounds interleaved)
     * @param reportsUnread how many of three selects reported a socket whose data was left unread
     * @param reportedAfterPartialRead whether it was reported again with part of the data read
     * @param reportedAfterDrain whether it was reported once every byte was read
     */
    record Result(
            List<Double> blockingMicros,
            List<Double> selectMicros,
            int reportsUnread,
            boolean reportedAfterPartialRead,
            boolean reportedAfterDrain) {}

    private Multiplexing() {}

    static Result run(Narrator n, int rounds, int roundTrips) throws IOException, InterruptedException {
        List<Double> blocking = new ArrayList<>();
        List<Double> select = new ArrayList<>();
        try (Echo threads = Echo.blocking();
                Echo selecting = Echo.selecting()) {
            threads.medianRoundTripMicros(roundTrips); // warm-up, both
            selecting.medianRoundTripMicros(roundTrips);
            for (int round = 0; round < rounds; round++) { // interleaved, so drift hits both alike
                blocking.add(round1(threads.medianRoundTripMicros(roundTrips)));
                select.add(round1(selecting.medianRoundTripMicros(roundTrips)));
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
        n.event(
                "client",
                "one connection, %d round trips a round: blocking read %s µs, select then read %s µs"
                        .formatted(roundTrips, blocking, select));

        int reports = 0;
        boolean afterPartial;
        boolean afterDrain;
        try (ServerSocketChannel server = ServerSocketChannel.open();
                Selector selector = Selector.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress());
                    SocketChannel conn = server.accept()) {
                conn.configureBlocking(false);
                conn.register(selector, SelectionKey.OP_READ);
                client.write(ByteBuffer.wrap(new byte[10]));
                for (int i = 0; i < 3; i++) {
                    reports += selector.select(1_000); // nothing is read: still ready
                    selector.selectedKeys().clear();
                }
                conn.read(ByteBuffer.allocate(4));
                afterPartial = selector.select(1_000) > 0;
                selector.selectedKeys().clear();
                ByteBuffer rest = ByteBuffer.allocate(64);
                while (conn.read(rest) > 0) {
                    // drain
                }
                afterDrain = selector.select(50) > 0;
                selector.selectedKeys().clear();
            }
        }
        n.event(
                "main",
                "10 bytes unread: reported by %d of 3 selects; after reading 4, %s; after all 10, %s"
                        .formatted(reports, afterPartial ? "again" : "not", afterDrain ? "again" : "no more"));
        return new Result(blocking, select, reports, afterPartial, afterDrain);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
