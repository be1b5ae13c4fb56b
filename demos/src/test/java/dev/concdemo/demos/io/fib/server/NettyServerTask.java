package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.proc.ChildTask;

/** A {@link NettyFibServer} in a child JVM, speaking ServerTask's "start …" so a benchmark can swap them. */
public final class NettyServerTask implements ChildTask {
    private NettyFibServer server;

    @Override
    public String handle(String request) throws InterruptedException {
        String[] words = request.split(" ");
        if (!words[0].equals("start")) {
            throw new IllegalArgumentException("unknown request: " + request);
        }
        server = new NettyFibServer(Integer.parseInt(words[2]));
        return Integer.toString(server.port());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
