package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetSocketAddress;

/** Fib servers for tests of the service and of its clients: loopback, a free port, no narration. */
public final class TestServers {
    /** The largest n the test servers accept. */
    public static final int MAX_N = 40;

    private TestServers() {}

    public static FibServer start(Model model, int workers) throws IOException {
        Narrator silent = new Narrator(new PrintWriter(Writer.nullWriter()), false, true, 0);
        ServerConfig config = new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 1_000, MAX_N, workers);
        return FibServer.start(model, config, new ConnectionLog(silent, true));
    }
}
