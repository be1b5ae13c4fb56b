package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Fib servers for tests of the service and of its clients: loopback, a free port, no narration. */
public final class TestServers {
    /** The largest n the test servers accept. */
    public static final int MAX_N = 40;

    private TestServers() {}

    public static FibServer start(Model model, int workers) throws IOException {
        Narrator silent = Narrator.silent();
        ServerConfig config = new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 1_000, MAX_N, workers);
        return FibServer.start(model, config, new ConnectionLog(silent, true));
    }
}
