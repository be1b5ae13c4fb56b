package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Units;
import java.net.SocketAddress;

/** The seeds' "Connection ('127.0.0.1', 54321)" and "Closed." lines; silent with --quiet. */
public final class ConnectionLog {
    private final Narrator narrator;
    private final boolean quiet;

    /** The run's timeline, where each request is a span. */
    Trace trace() {
        return narrator.trace();
    }

    public ConnectionLog(Narrator narrator, boolean quiet) {
        this.narrator = narrator;
        this.quiet = quiet;
    }

    void opened(SocketAddress peer) {
        if (!quiet) {
            narrator.event(Thread.currentThread().getName(), "Connection " + show(peer));
        }
    }

    void closed(SocketAddress peer, long requests) {
        if (!quiet) {
            narrator.event(
                    Thread.currentThread().getName(),
                    "Closed %s after %d request%s".formatted(show(peer), requests, requests == 1 ? "" : "s"));
        }
    }

    void rejected(SocketAddress peer, int max) {
        if (!quiet) {
            narrator.event(
                    Thread.currentThread().getName(),
                    "Refused %s: already %s (--max-connections)".formatted(show(peer), Units.count(max, "connection")));
        }
    }

    private static String show(SocketAddress peer) {
        return peer == null ? "a client" : String.valueOf(peer).replaceFirst("^/", "");
    }
}
