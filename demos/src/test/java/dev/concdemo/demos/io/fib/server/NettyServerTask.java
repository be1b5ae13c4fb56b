package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.proc.ChildTask;

/** A {@link NettyFibServer} in a child JVM, taking ServerTask's {@code Start} so a benchmark can swap them. */
public final class NettyServerTask implements ChildTask<ServerTask.Request, ServerTask.Reply> {
    private NettyFibServer server;

    @Override
    public Class<ServerTask.Request> requestType() {
        return ServerTask.Request.class;
    }

    @Override
    public ServerTask.Reply handle(ServerTask.Request request) throws InterruptedException {
        if (!(request instanceof ServerTask.Start start)) {
            throw new IllegalArgumentException("only Start: " + request);
        }
        server = new NettyFibServer(start.maxN());
        return new ServerTask.Started(server.port());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
