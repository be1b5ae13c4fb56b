package dev.concdemo.demos.io.fib.server;

import java.io.IOException;

/**
 * One client at a time (seed 003, "Synchronous"): the accepting thread serves each
 * connection itself, so a second client waits in the listen backlog until the first leaves.
 */
final class SyncServer extends AcceptingServer {
    SyncServer(ServerContext ctx) throws IOException {
        super(Model.SYNC, ctx);
        listen(Runnable::run); // serve inline: nothing else is accepted meanwhile
    }
}
