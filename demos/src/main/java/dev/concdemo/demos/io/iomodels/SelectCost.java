package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Percentiles;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one select costs with N idle sockets registered, under poll and under epoll (seed 002's
 * select/poll/epoll section, measured instead of asserted). The JDK ships both on Linux; the
 * provider is JVM-wide ({@code -Djava.nio.channels.spi.SelectorProvider}), so each runs in a
 * child JVM. The child connects its N sockets to us, so the other ends live in this process:
 * both ends of 10k connections in one process would need 20k descriptors, our limit.
 */
public final class SelectCost implements ChildProgram {
    static final String POLL = "sun.nio.ch.PollSelectorProvider";
    static final String EPOLL = "sun.nio.ch.EPollSelectorProvider";

    /** What the child tells its parent for each count of idle sockets: the median selectNow, µs (2 decimals). */
    record Cost(int sockets, double micros) {}

    /** The child: connects to {@code port}, and for each count sends its {@link Cost}. */
    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        int port = Integer.parseInt(args.getFirst());
        List<SocketChannel> sockets = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            out.println("selector: " + selector.provider().getClass().getName());
            for (String arg : args.subList(1, args.size())) {
                int count = Integer.parseInt(arg);
                while (sockets.size() < count) {
                    SocketChannel s = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    s.configureBlocking(false);
                    s.register(selector, SelectionKey.OP_READ); // idle: nothing will ever come
                    sockets.add(s);
                }
                ToParent.send(out, new Cost(count, Math.round(medianSelectNowMicros(selector) * 100) / 100.0));
            }
        } finally {
            for (SocketChannel s : sockets) {
                s.close();
            }
        }
        return 0;
    }

    /** Calls for about 0.3 s (at least 15, at most 2,000), after a warm-up; the median. */
    private static double medianSelectNowMicros(Selector selector) throws IOException {
        for (int i = 0; i < 20; i++) {
            selector.selectNow(); // warm-up
        }
        long[] took = new long[2_000];
        int times = 0;
        long until = System.nanoTime() + 300_000_000L;
        while (times < took.length && (times < 15 || System.nanoTime() < until)) {
            long start = System.nanoTime();
            selector.selectNow();
            took[times++] = System.nanoTime() - start;
        }
        return Percentiles.median(Arrays.copyOf(took, times)) / 1e3;
    }

    /** The parent: holds the peers' ends, runs a child per provider, returns provider → count → µs. */
    static Map<String, Map<Integer, Double>> measure(Narrator n, List<Integer> counts)
            throws IOException, InterruptedException {
        Map<String, Map<Integer, Double>> results = new LinkedHashMap<>();
        for (String provider : List.of(POLL, EPOLL)) {
            String name = provider.equals(POLL) ? "poll" : "epoll";
            Map<Integer, Double> costs = new LinkedHashMap<>();
            try (Peers peers = new Peers()) {
                List<String> args = new ArrayList<>();
                args.add(Integer.toString(peers.port()));
                counts.forEach(c -> args.add(c.toString()));
                try (ChildProcess child = ChildProcess.of("select-" + name, SelectCost.class, args)
                        .jvmOptions("-Djava.nio.channels.spi.SelectorProvider=" + provider)
                        .start((pid, line) -> ToParent.read(line, Cost.class)
                                .ifPresentOrElse(
                                        cost -> {
                                            costs.put(cost.sockets(), cost.micros());
                                            n.processEvent(
                                                    pid,
                                                    "%s, %,d idle sockets: one selectNow takes %s µs"
                                                            .formatted(
                                                                    name,
                                                                    cost.sockets(),
                                                                    IoModelsRun.fixed(cost.micros(), 2)));
                                        },
                                        () -> n.processEvent(pid, line)))) {
                    child.joinFailure(Duration.ofMinutes(2)).ifPresent(failure -> {
                        throw new IllegalStateException(
                                "the %s child (pid %d) %s".formatted(name, child.pid(), failure));
                    });
                }
            }
            results.put(name, costs);
        }
        return results;
    }

    /** Accepts and holds every connection made to it, until closed. */
    private static final class Peers implements AutoCloseable {
        private final ServerSocketChannel server;
        private final List<SocketChannel> held = new ArrayList<>(); // the acceptor's only
        private final Thread acceptor;

        Peers() throws IOException {
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
            acceptor = Thread.ofPlatform().name("iomodels-peers").start(() -> {
                try {
                    while (true) {
                        held.add(server.accept());
                    }
                } catch (IOException closed) {
                    // done
                } finally {
                    for (SocketChannel s : held) {
                        try {
                            s.close();
                        } catch (IOException e) {
                            Swallowed.report("closing a peer's socket", e);
                        }
                    }
                }
            });
        }

        int port() {
            return server.socket().getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close(); // ends the acceptor, which closes what it holds
            try {
                acceptor.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
