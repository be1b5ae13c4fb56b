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
    /** Every platform thread the model starts: its acceptor, and its connections' threads. */
    final ServerThreads threads;

    private AcceptLoop loop;
    private Offload offload; // fib(n) for large n in child JVMs, if the server has one

    /** The offload to close with the server (null: none). */
    final void alsoClose(Offload offload) {
        this.offload = offload;
    }

    AcceptingServer(Model model, ServerContext ctx) {
        this.model = model;
        this.ctx = ctx;
        this.threads = new ServerThreads(model);
    }

    /** Starts accepting; called last by each constructor, once its dispatch is ready. */
    final void listen(AcceptLoop.Dispatch dispatch) throws IOException {
        loop = new AcceptLoop(ctx, threads, dispatch);
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
    public final long threads() {
        return threads.count() + childThreads() + (offload == null ? 0 : offload.threads());
    }

    /** Threads that talk to the model's own child JVMs (none but procs has them). */
    long childThreads() {
        return 0;
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
        if (offload != null) {
            offload.close();
        }
    }

    /** Releases what the model has beyond its accept loop. */
    void closeMore() {}
}
