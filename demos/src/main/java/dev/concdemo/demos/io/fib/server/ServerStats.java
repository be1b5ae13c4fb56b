package dev.concdemo.demos.io.fib.server;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a server counted; thread-safe. */
public final class ServerStats {
    final AtomicLong connections = new AtomicLong();
    final AtomicLong open = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    /** A hog: a fib(n) with n at least this, the kind of request that holds a thread for a while. */
    static final int HOG_N = 30;
    /** Hogs being computed right now, on any thread (or waited for, on a child JVM). */
    final AtomicInteger hogsComputing = new AtomicInteger();
    /**
     * Answers to requests other than hogs, computed while a hog was being computed: none when one
     * thread serves every connection (it is inside the hog), some when another thread serves them.
     */
    final AtomicLong answeredBesideHog = new AtomicLong();

    /** A snapshot, for the summary and JSON. */
    public record Snapshot(long connections, long openNow, long requests, long errors, long rejected) {}

    /** Answers given while a hog was being computed (see {@link #answeredBesideHog}). */
    public long answeredBesideHog() {
        return answeredBesideHog.get();
    }

    public Snapshot snapshot() {
        return new Snapshot(connections.get(), open.get(), requests.get(), errors.get(), rejected.get());
    }
}
