package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.term.Narrator;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** --offload: large n are computed in child JVMs running at nice 19; small n stay in the server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OffloadTest {
    private static FibServer start(Model model, int offloadAtN) throws Exception {
        Narrator silent = Narrator.silent();
        return FibServer.start(
                model,
                new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 100, 40, 2, offloadAtN),
                new ConnectionLog(silent, true));
    }

    @Test
    void largeRequestsAreAnsweredByNiceChildJvmsAndTheyAreGoneAfterwards() throws Exception {
        List<ProcessHandle> children;
        try (FibServer server = start(Model.THREADS, 20);
                FibConnection c = new FibConnection("127.0.0.1", server.port())) {
            assertEquals("55", c.ask(10), "small: computed here");
            assertEquals("75025", c.ask(25), "large: computed in a child JVM");
            children = ProcessHandle.current()
                    .children()
                    .filter(p -> p.info()
                            .arguments()
                            .map(a -> String.join(" ", a).contains("FibTask"))
                            .orElse(false))
                    .toList();
            assertTrue(!children.isEmpty(), "offload children exist");
            for (ProcessHandle child : children) {
                assertEquals(19, niceness(child.pid()), "child " + child.pid() + " runs at nice 19");
            }
        }
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void anEventLoopCannotOffload() {
        assertThrows(IllegalArgumentException.class, () -> start(Model.NIO, 20));
    }

    private static int niceness(long pid) {
        return ProcStat.of(pid).orElseThrow().nice();
    }
}
