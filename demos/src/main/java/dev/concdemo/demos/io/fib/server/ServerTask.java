package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.jvm.ChildTask;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;

/**
 * A fib server in a child JVM, so that a benchmark's client and server never share a JVM.
 * {@link Start} starts it on a free loopback port; the other requests ask how it is doing;
 * the end of input closes it.
 */
public final class ServerTask implements ChildTask<ServerTask.Request, ServerTask.Reply> {
    /** What the parent asks. */
    public sealed interface Request permits Start, CountOpen, ReportStats, MeasureHeap, CountBesideHog {}

    /**
     * Start a server of {@code model} (offloading n >= {@code offloadAtN} to children; 0: never;
     * with {@code simulatedGil}, fib computed one thread at a time, as under CPython's GIL).
     */
    public record Start(Model model, int maxN, int workers, int offloadAtN, Service service, boolean simulatedGil)
            implements Request {
        public Start(Model model, int maxN, int workers, int offloadAtN, Service service) {
            this(model, maxN, workers, offloadAtN, service, false);
        }
    }

    /** How many connections are open now (cheap: no thread census). */
    public record CountOpen() implements Request {}

    /** The counters, and the threads alive (a census of all threads). */
    public record ReportStats() implements Request {}

    /** Collect garbage, then report the live heap. */
    public record MeasureHeap() implements Request {}

    /** How many answers the server gave while a hog (a fib(n), n >= 30) was being computed. */
    public record CountBesideHog() implements Request {}

    /** What the child answers. */
    public sealed interface Reply permits Started, Open, Stats, Heap, BesideHog {}

    public record Started(int port) implements Reply {}

    public record Open(long connections) implements Reply {}

    public record Stats(long connections, long requests, long errors, long threads, long open) implements Reply {}

    public record Heap(long liveKb) implements Reply {}

    public record BesideHog(long answers) implements Reply {}

    private FibServer server;

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        return switch (request) {
            case Start s -> {
                ServerConfig config = new ServerConfig(
                        new InetSocketAddress("127.0.0.1", 0),
                        100_000,
                        s.maxN(),
                        s.workers(),
                        s.offloadAtN(),
                        s.service(),
                        s.simulatedGil());
                server = FibServer.start(s.model(), config, new ConnectionLog(Narrator.silent(), true));
                yield new Started(server.port());
            }
            case CountOpen o -> new Open(server.stats().snapshot().openNow());
            case CountBesideHog b -> new BesideHog(server.stats().answeredBesideHog());
            case ReportStats r -> {
                var s = server.stats().snapshot();
                yield new Stats(s.connections(), s.requests(), s.errors(), server.threads(), s.openNow());
            }
            case MeasureHeap h -> {
                System.gc(); // twice: what the first frees, finalizable or not, the second settles
                System.gc();
                yield new Heap(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024);
            }
        };
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
