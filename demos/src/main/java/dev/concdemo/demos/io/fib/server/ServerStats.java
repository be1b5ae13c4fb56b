package dev.concdemo.demos.io.fib.server;

import java.util.concurrent.atomic.AtomicLong;

/** What a server counted; thread-safe. */
public final class ServerStats {
    final AtomicLong connections = new AtomicLong();
    final AtomicLong open = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();

    /** A snapshot, for the summary and JSON. */
    public record Snapshot(long connections, long openNow, long requests, long errors, long rejected) {}

    public Snapshot snapshot() {
        return new Snapshot(connections.get(), open.get(), requests.get(), errors.get(), rejected.get());
    }
}
