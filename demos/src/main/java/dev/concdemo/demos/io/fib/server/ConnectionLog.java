package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import java.net.SocketAddress;

/**
 * The seeds' "Connection ('127.0.0.1', 54321)" and "Closed." lines; silent with --quiet. Said by
 * the servers' own threads, so the run's language is taken when the log is made, on the run's thread.
 */
public final class ConnectionLog {
    private final Narrator narrator;
    private final boolean quiet;
    private final Texts texts = Texts.of(ConnectionLog.class);

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
            narrator.event(Thread.currentThread().getName(), texts.format("opened", show(peer)));
        }
    }

    void closed(SocketAddress peer, long requests) {
        if (!quiet) {
            narrator.event(
                    Thread.currentThread().getName(),
                    texts.format("closed", show(peer), texts.count("requests", requests)));
        }
    }

    void rejected(SocketAddress peer, int max) {
        if (!quiet) {
            narrator.event(
                    Thread.currentThread().getName(),
                    texts.format("refused", show(peer), texts.count("connections", max)));
        }
    }

    private String show(SocketAddress peer) {
        return peer == null ? texts.format("aClient") : String.valueOf(peer).replaceFirst("^/", "");
    }
}
