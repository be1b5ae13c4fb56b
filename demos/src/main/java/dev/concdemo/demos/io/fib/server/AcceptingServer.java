package dev.concdemo.demos.io.fib.server;

import java.io.IOException;

/**
 * What the five blocking models share: an {@link AcceptLoop} whose dispatch each model
 * chooses (inline, a thread, a pool, a virtual thread), and closing it. A model with more
 * to release (a pool, child JVMs) overrides {@link #closeMore}.
 */
abstract sealed class AcceptingServer implements FibServer
        permits SyncServer, ThreadsServer, PoolServer, ProcsServer, VirtualServer {
    private final Model model;
    final ServerContext ctx;
    private AcceptLoop loop;
    private AutoCloseable extra; // an Offload, if the server has one

    /** Something more to close with the server (null: nothing). */
    final void alsoClose(AutoCloseable resource) {
        extra = resource;
    }

    AcceptingServer(Model model, ServerContext ctx) {
        this.model = model;
        this.ctx = ctx;
    }

    /** Starts accepting; called last by each constructor, once its dispatch is ready. */
    final void listen(AcceptLoop.Dispatch dispatch) throws IOException {
        loop = new AcceptLoop(ctx, model.toString(), dispatch);
    }

    @Override
    public final int port() {
        return loop.port();
    }

    @Override
    public final ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public final Model model() {
        return model;
    }

    @Override
    public final void close() {
        if (loop != null) {
            loop.close(); // stops accepting and closes the connections, so their threads end
        }
        closeMore();
        if (extra != null) {
            try {
                extra.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }

    /** Releases what the model has beyond its accept loop. */
    void closeMore() {}
}
