package dev.concdemo.demos.fib.server;

import java.io.IOException;

/**
 * One client at a time (seed 003, "Synchronous"): the accepting thread serves each
 * connection itself, so a second client waits in the listen backlog until the first leaves.
 */
final class SyncServer implements FibServer {
    private final ServerContext ctx;
    private final AcceptLoop loop;

    SyncServer(ServerContext ctx) throws IOException {
        this.ctx = ctx;
        this.loop = new AcceptLoop(ctx, "sync", Runnable::run); // serve inline: nothing else is accepted meanwhile
    }

    @Override
    public int port() {
        return loop.port();
    }

    @Override
    public ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public Model model() {
        return Model.SYNC;
    }

    @Override
    public void close() {
        loop.close();
    }
}
