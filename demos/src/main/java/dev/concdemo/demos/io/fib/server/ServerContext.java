package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Request;
import dev.concdemo.demos.io.fib.RequestParser;
import dev.concdemo.support.work.Fib;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every model shares: its settings, its counters, its log, and how a request becomes
 * an answer ({@code compute}: fib here, or on a child JVM for the procs model).
 */
record ServerContext(ServerConfig config, ServerStats stats, ConnectionLog log, Compute compute) {

    /** Computes fib(n), wherever the model computes it. */
    @FunctionalInterface
    interface Compute {
        long fib(int n) throws Exception;
    }

    static final Compute HERE = n -> Fib.fib(n);

    /**
     * Connections the kernel may hold complete but not yet accepted. With a small backlog
     * (the seed's listen(5)) a burst of clients overflows it and each retries after a
     * second; Linux caps this at net.core.somaxconn.
     */
    static final int BACKLOG = 4096;

    static final byte[] FULL = "error: server full, try again later\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Admission, one rule for every model: a connection over {@code maxConnections} is refused
     * (counted and logged here; the caller sends {@link #FULL} and closes it), any other is
     * counted as open. Called by the one thread that accepts.
     */
    boolean admit(SocketAddress peer) {
        if (stats.open.get() >= config.maxConnections()) {
            stats.rejected.incrementAndGet();
            log.rejected(peer, config.maxConnections());
            return false;
        }
        stats.connections.incrementAndGet();
        stats.open.incrementAndGet();
        return true;
    }

    /** The answers to one read's requests, as one buffer: digits and a newline each, or an error line. */
    byte[] answer(List<Request> requests) {
        StringBuilder out = new StringBuilder();
        for (Request r : requests) {
            stats.requests.incrementAndGet();
            switch (r) {
                case Request.Compute c -> {
                    boolean hog = c.n() >= ServerStats.HOG_N;
                    if (hog) {
                        stats.hogsComputing.incrementAndGet();
                    }
                    try (var _ = log.trace().span("fib(" + c.n() + ")")) {
                        out.append(compute.fib(c.n())).append('\n');
                        // Read after the answer is computed: another request answered while a hog ran.
                        if (!hog && stats.hogsComputing.get() > 0) {
                            stats.answeredBesideHog.incrementAndGet();
                        }
                    } catch (Exception e) {
                        stats.errors.incrementAndGet();
                        out.append("error: ").append(e.getMessage()).append('\n');
                    } finally {
                        if (hog) {
                            stats.hogsComputing.decrementAndGet();
                        }
                    }
                }
                case Request.Bad b -> {
                    stats.errors.incrementAndGet();
                    out.append("error: ").append(b.reason()).append('\n');
                }
                case Request.TooLong t -> {
                    stats.errors.incrementAndGet();
                    out.append("error: request longer than " + RequestParser.MAX_LINE + " bytes; closing\n");
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8); // an error line may echo UTF-8 text
    }

    static boolean closes(List<Request> requests) {
        return !requests.isEmpty() && requests.getLast() instanceof Request.TooLong;
    }
}
