package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Non-blocking IO (seed 002, 非阻塞IO): accept and read return at once when there is nothing;
 * Java returns null and 0 where Python raises BlockingIOError. The seed's polling server
 * ({@code conn_l}, {@code del_l}) upper-cases what it reads; it works, and the loop that asks
 * every socket again and again burns a core while nothing happens, where a selector sleeps. The
 * seed's remedy, a sleep in the loop, trades the CPU for latency: an answer waits for the next
 * turn of the loop.
 */
final class NonBlocking {
    /**
     * @param acceptReturned what a non-blocking accept gave with nobody connecting
     * @param readReturned what a non-blocking read gave with nothing sent
     * @param emptyPolls how many times the polling server found nothing before "hello" came
     * @param pollingCpuShare CPU the polling loop used while idle, as a share of the wall time
     * @param selectorCpuShare CPU a selector loop used while idle, the same way
     * @param intervalMs the seed's sleep between turns of the loop, scaled
     * @param latenciesMs round trips of requests sent at random moments to the sleeping loop
     */
    record Result(
            String acceptReturned,
            int readReturned,
            long emptyPolls,
            String echoed,
            double pollingCpuShare,
            double selectorCpuShare,
            long intervalMs,
            List<Long> latenciesMs) {}

    private NonBlocking() {}

    static Result run(Narrator n, Duration idle, Duration interval, java.util.random.RandomGenerator random)
            throws IOException, InterruptedException {
        String acceptReturned;
        int readReturned;
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            SocketChannel nobody = server.accept();
            acceptReturned = String.valueOf(nobody);
            n.event(
                    "main",
                    "accept() with no client: returned %s at once (Python raises BlockingIOError)"
                            .formatted(acceptReturned));
            try (SocketChannel _ = SocketChannel.open(server.getLocalAddress());
                    SocketChannel conn = acceptSoon(server)) {
                conn.configureBlocking(false);
                readReturned = conn.read(ByteBuffer.allocate(16));
                n.event(
                        "main",
                        "read() with nothing sent: returned %d at once (Python raises BlockingIOError)"
                                .formatted(readReturned));
            }
        }

        Poller echo = new Poller(Duration.ZERO);
        String echoed;
        long polls;
        try (echo) {
            try (SocketChannel client = SocketChannel.open(echo.address())) {
                Thread.sleep(20); // let it poll emptily a while: what it does between requests
                n.event("client", "sends b'hello'; 等待接收数据");
                long before = echo.polls();
                client.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer reply = ByteBuffer.allocate(1024);
                int got = client.read(reply);
                echoed = got <= 0 ? "" : new String(reply.array(), 0, got, StandardCharsets.US_ASCII);
                polls = echo.polls() - before;
                n.event(
                        "client",
                        "客户端接收到数据 %s  (the loop asked every socket %,d times meanwhile)".formatted(echoed, polls));
            }
        }

        double pollingShare;
        try (Poller idleLoop = new Poller(Duration.ZERO)) {
            pollingShare = idleLoop.cpuShareOver(idle);
        }
        double selectorShare = selectorCpuShare(idle);
        n.event(
                "main",
                String.format(
                        Locale.ROOT,
                        "idle for %.2f s: the polling loop used %.0f%% of a core, a selector loop %.1f%%",
                        idle.toNanos() / 1e9,
                        pollingShare * 100,
                        selectorShare * 100));

        List<Long> latencies = new ArrayList<>();
        try (Poller sleepy = new Poller(interval);
                SocketChannel client = SocketChannel.open(sleepy.address())) {
            for (int i = 0; i < 3; i++) {
                Thread.sleep(Duration.ofNanos(random.nextLong(interval.toNanos() + 1))); // a moment between turns
                long start = System.nanoTime();
                client.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
                client.read(ByteBuffer.allocate(1024));
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
            n.event(
                    "client",
                    "with the seed's sleep of %d ms between turns: round trips %s ms, so %.0f%% of a core"
                            .formatted(interval.toMillis(), latencies, sleepy.cpuShareSoFar() * 100));
        }
        return new Result(
                acceptReturned,
                readReturned,
                polls,
                echoed,
                Math.round(pollingShare * 1000) / 1000.0,
                Math.round(selectorShare * 1000) / 1000.0,
                interval.toMillis(),
                latencies);
    }

    private static SocketChannel acceptSoon(ServerSocketChannel server) throws IOException, InterruptedException {
        for (int i = 0; i < 1_000; i++) {
            SocketChannel c = server.accept();
            if (c != null) {
                return c;
            }
            Thread.sleep(1);
        }
        throw new IOException("no connection to accept within 1 s");
    }

    /** A selector loop with nothing to do: it sleeps in select(). Its CPU share over {@code idle}. */
    private static double selectorCpuShare(Duration idle) throws IOException, InterruptedException {
        try (Selector selector = Selector.open();
                ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            long[] cpu = {0};
            Thread loop = Thread.ofPlatform().name("iomodels-selector").start(() -> {
                long cpuStart = cpuNanos();
                try {
                    while (!Thread.currentThread().isInterrupted() && selector.isOpen()) {
                        selector.select(); // sleeps until a socket is ready
                        selector.selectedKeys().clear();
                    }
                } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                    // closed: done
                }
                cpu[0] = cpuNanos() - cpuStart;
            });
            long start = System.nanoTime();
            Thread.sleep(idle);
            loop.interrupt(); // interrupting a thread in select() wakes it
            loop.join();
            return (double) cpu[0] / (System.nanoTime() - start);
        }
    }

    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
