package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.work.Poll;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The process model: a child JVM per connection, handed the socket; none outlives its client or the server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessServerTest {
    /** Our child processes serving a connection (reaped ones are gone from /proc; zombies are not). */
    private static List<ProcessHandle> connectionChildren() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info().commandLine().orElse("").contains(ConnectionProgram.class.getName()))
                .toList();
    }

    private static boolean awaitNoChildren() throws InterruptedException {
        return Poll.until(Duration.ofSeconds(10), Duration.ofMillis(20), () -> connectionChildren()
                .isEmpty());
    }

    @Test
    void eachConnectionHasAChildJvmOfItsOwnAndNoneOutlivesItsClientOrTheServer() throws Exception {
        assertTrue(awaitNoChildren(), "no child left over from another test");
        FibConnection last;
        try (FibServer server = TestServers.start(Model.PROCESS, 1)) {
            try (FibConnection a = new FibConnection("127.0.0.1", server.port());
                    FibConnection b = new FibConnection("127.0.0.1", server.port())) {
                assertEquals("55", a.ask(10));
                assertEquals("6765", b.ask(20));
                List<ProcessHandle> serving = connectionChildren();
                assertEquals(2, serving.size(), "a child JVM a connection: " + serving);
                assertTrue(serving.get(0).pid() != serving.get(1).pid());
            }
            assertTrue(awaitNoChildren(), "each child ends with its client, and is reaped (no zombie)");
            assertEquals(
                    2,
                    FibServerTest.awaitCount(
                            server, () -> server.stats().snapshot().requests(), 2));
            Poll.until( // counted by the reaping thread, just after
                    Duration.ofSeconds(5), () -> server.stats().snapshot().openNow() == 0);
            assertEquals(0, server.stats().snapshot().openNow());
            last = new FibConnection("127.0.0.1", server.port());
            assertEquals("5", last.ask(5));
            assertEquals(1, connectionChildren().size());
        }
        assertTrue(awaitNoChildren(), "closing the server ends the child of a client still connected");
        assertEquals(null, last.readLine(2_000), "and that client's connection");
        last.close();
    }
}
