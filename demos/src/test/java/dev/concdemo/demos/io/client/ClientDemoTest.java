package dev.concdemo.demos.io.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.TestServers;
import dev.concdemo.support.cli.CommandUnderTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void underJsonItPrintsOneDocumentOfEveryExchange() throws Exception {
        try (FibServer server = TestServers.start(Model.NIO, 1)) {
            JsonNode r = cli.json("--port", Integer.toString(server.port()), "--json", "10", "abc", "20");
            assertEquals("client", r.get("scenario").asText());
            assertEquals(3, r.get("requests").asInt());
            assertEquals(2, r.get("answers").asInt());
            assertEquals(1, r.get("errors").asInt());
            assertEquals("6765", r.get("exchanges").get(2).get("answer").asText());
            assertTrue(r.get("exchanges").get(0).get("roundTripMs").asDouble() > 0);
            assertFalse(r.get("closedByServer").asBoolean());
        }
    }

    @Test
    void textBeyondAsciiIsEchoedAsTyped() throws Exception {
        try (FibServer server = TestServers.start(Model.THREADS, 1)) {
            assertEquals(0, cli.run("--port", Integer.toString(server.port()), "--no-color", "斐波那契", "é"));
            assertTrue(cli.out().contains("error: not a number: '斐波那契'"), cli.out());
            assertTrue(cli.out().contains("error: not a number: 'é'"), cli.out());
        }
    }

    @Test
    void aServerThatClosesTheConnectionIsNoticedAndTheRunFails() throws Exception {
        try (ServerSocket one = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofPlatform().name("closes-after-one").start(() -> {
                try (Socket s = one.accept()) {
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                    s.getOutputStream().write("55\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(1, cli.run("--port", Integer.toString(one.getLocalPort()), "--no-color", "10", "11", "12"));
            server.join();
            assertTrue(cli.out().contains("fib(10) = 55"), cli.out());
            assertTrue(cli.out().contains("the server closed the connection"), cli.out());
            assertTrue(cli.err().contains("closed the connection after 1 answer"), cli.err());
            assertFalse(cli.out().contains("fib(12)"), "no request after the close: " + cli.out());
        }
    }

    @Test
    void anUnknownHostIsCalledUnknown() {
        assertEquals(1, cli.run("--host", "no-such-host.invalid", "30"));
        assertTrue(cli.err().contains("unknown host 'no-such-host.invalid'"), cli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port=0", "--port=70000", "--port=-1"})
    void aPortOutsideOneTo65535IsAUsageError(String option) {
        assertEquals(2, cli.run(option, "30"));
        assertTrue(cli.err().contains("--port"), cli.err());
        assertFalse(cli.err().contains("serve --port 0"), "no advice to start a server on port 0: " + cli.err());
    }
}
