package dev.concdemo.demos.io.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.TestServers;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(ClientDemo::new);

    @Test
    void sendsEachRequestAndPrintsEachAnswerWithItsRoundTrip() throws Exception {
        try (FibServer server = TestServers.start(Model.NIO, 1)) {
            String port = Integer.toString(server.port());
            assertEquals(0, cli.run("--port", port, "--no-color", "30", "1", "abc"));
            List<String> lines = cli.out().lines().toList();
            assertEquals(3, lines.size(), cli.out());
            assertTrue(lines.get(0).matches("fib\\(30\\) = 832040 {2}\\(round trip \\d+\\.\\d\\d ms\\)"), lines.get(0));
            assertTrue(lines.get(1).startsWith("fib(1) = 1 "));
            assertTrue(lines.get(2).startsWith("error: not a number: 'abc'"));
            assertEquals(0, cli.run("--port", port, "--bare", "--no-color", "10"));
            assertTrue(cli.out().startsWith("fib(10) = 55 "), "bare, no newline: " + cli.out());
        }
    }

    @Test
    void noServerIsAFailureSayingWhatToStart() {
        assertEquals(1, cli.run("--port", "1", "30"));
        assertTrue(cli.err().contains("cannot connect to 127.0.0.1:1"), cli.err());
        assertTrue(cli.err().contains("concdemo serve --port 1"), cli.err());
    }
}
