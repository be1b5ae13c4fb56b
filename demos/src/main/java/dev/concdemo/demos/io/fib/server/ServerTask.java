package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.proc.ChildTask;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * A fib server in a child JVM, so that a benchmark's client and server never share a JVM.
 * "start MODEL MAX_N WORKERS [OFFLOAD_AT_N]" starts it on a free loopback port and answers the port;
 * "open" answers the connections open now; "stats" answers "connections requests errors threads open"
 * (threads costs a census of all threads); "heap" collects garbage and answers the live heap in KB;
 * the end of input closes it.
 */
public final class ServerTask implements ChildTask {
    private FibServer server;

    @Override
    public String handle(String request) throws IOException {
        String[] words = request.split(" ");
        switch (words[0]) {
            case "start" -> {
                Model model = Model.valueOf(words[1].toUpperCase(Locale.ROOT));
                int offload = words.length > 4 ? Integer.parseInt(words[4]) : 0;
                ServerConfig config = new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 100_000,
                        Integer.parseInt(words[2]), Integer.parseInt(words[3]), offload);
                Narrator silent = Narrator.silent();
                server = FibServer.start(model, config, new ConnectionLog(silent, true));
                return Integer.toString(server.port());
            }
            case "open" -> {
                return Long.toString(server.stats().snapshot().openNow()); // cheap: no thread census
            }
            case "stats" -> {
                var s = server.stats().snapshot();
                return "%d %d %d %d %d".formatted(s.connections(), s.requests(), s.errors(), server.threads(), s.openNow());
            }
            case "heap" -> {
                System.gc(); // twice: what the first frees, finalizable or not, the second settles
                System.gc();
                return Long.toString(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024);
            }
            default -> throw new IllegalArgumentException("unknown request: " + request);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
