package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.RequestParser;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every model answers the protocol the same way, survives bad clients, and leaks nothing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FibServerTest {
    static final int MAX_N = TestServers.MAX_N;

    static FibServer start(Model model, int workers) throws IOException {
        return TestServers.start(model, workers);
    }

    /**
     * The count once it reaches {@code expected}, or as it is after 2 s. The process model counts
     * a little after its child answers (the child reports over a pipe); the others at once.
     */
    static long awaitCount(FibServer server, java.util.function.LongSupplier count, long expected)
            throws InterruptedException {
        Poll.until(Duration.ofSeconds(2), () -> count.getAsLong() >= expected);
        return count.getAsLong();
    }

    static FibConnection connect(FibServer server) throws IOException {
        return new FibConnection("127.0.0.1", server.port());
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void bothFramingsAndPipelining(Model model) throws Exception {
        try (FibServer server = start(model, 2);
                FibConnection c = connect(server)) {
            assertEquals("55", c.ask(10), "a line");
            assertEquals("832040", c.exchange("30"), "a bare number, no newline");
            assertEquals("8", c.exchange("6\r\n"), "telnet's \\r\\n");
            c.send("1\n2\n3\n");
            assertEquals(
                    List.of("1", "1", "2"), List.of(c.readLine(), c.readLine(), c.readLine()), "pipelined, in order");
            assertEquals(
                    4, awaitCount(server, () -> server.stats().snapshot().requests() - 2, 4), "every request counted");
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void badRequestsGetAnErrorAndTheConnectionStaysUsable(Model model) throws Exception {
        try (FibServer server = start(model, 2);
                FibConnection c = connect(server)) {
            assertEquals("error: not a number: 'abc'", c.exchange("abc\n"));
            assertEquals("error: negative: -5", c.exchange("-5\n"));
            assertEquals("error: n=41 is above the server's --max-n 40", c.exchange("41\n"));
            assertEquals("error: empty request", c.exchange("\n"));
            assertEquals("error: number too large", c.exchange("99999999999999999999\n"));
            byte[] junk = new byte[40];
            new Random(7).nextBytes(junk);
            for (int i = 0; i < junk.length; i++) {
                junk[i] = junk[i] == '\n' ? 0 : junk[i];
            }
            c.send(junk);
            assertTrue(c.readLine().startsWith("error: not a number: '"), "binary junk");
            assertEquals("8", c.ask(6), "still usable after all that");
            assertTrue(awaitCount(server, () -> server.stats().snapshot().errors(), 6) >= 6);
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void anOverlongRequestIsRefusedAndTheConnectionClosed(Model model) throws Exception {
        try (FibServer server = start(model, 2);
                FibConnection c = connect(server)) {
            c.send("7".repeat(RequestParser.MAX_LINE + 10));
            assertEquals("error: request longer than 64 bytes; closing", c.readLine());
            assertNull(c.readLine(), "then the server closes the connection");
            try (FibConnection next = connect(server)) {
                assertEquals("2", next.ask(3), "other clients are unaffected");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Model.class,
            names = {"THREADS", "PROCS", "NONBLOCKING", "NIO", "AIO", "VIRTUAL", "COROUTINES"})
    void resetsHalfSentRequestsAndManyIdleConnectionsDoNotHurtOtherClients(Model model) throws Exception {
        long fdsBefore = openFiles();
        try (FibServer server = start(model, 2)) {
            try (FibConnection warmUp = connect(server)) {
                // procs answers once its child JVMs are all ready (the pool's start line): the
                // timed request below measures the idle connections, not the children's boot.
                assertEquals("1", warmUp.ask(1));
            }
            List<FibConnection> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    idle.add(connect(server));
                }
                FibConnection reset = connect(server);
                reset.send("12");
                reset.reset();
                idle.getFirst().send("2"); // half a request, then silence
                long start = System.nanoTime();
                try (FibConnection c = connect(server)) {
                    assertEquals("6765", c.ask(20));
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 2_000, model + " served a client beside 200 idle ones in " + millis + " ms");
            } finally {
                for (FibConnection c : idle) {
                    c.close();
                }
            }
        }
        awaitBaseline(model, fdsBefore);
    }

    /**
     * sync and pool hold a connection for as long as it is open (that is what they show), so
     * 200 idle connections would rightly starve the next client. What they must survive is a
     * bad client leaving: a reset mid-request, half a request then a close, binary junk.
     */
    @ParameterizedTest
    @EnumSource(
            value = Model.class,
            names = {"SYNC", "POOL"})
    void theOneAtATimeModelsSurviveBadClientsLeaving(Model model) throws Exception {
        long fdsBefore = openFiles();
        try (FibServer server = start(model, 1)) {
            FibConnection reset = connect(server);
            reset.send("12");
            reset.reset();
            try (FibConnection half = connect(server)) {
                half.send("2"); // half a request, then gone
            }
            try (FibConnection junk = connect(server)) {
                junk.send(new byte[] {0, (byte) 0xff, 7, '\n'});
            }
            long start = System.nanoTime();
            try (FibConnection c = connect(server)) {
                assertEquals("6765", c.ask(20));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, model + " served a client after three bad ones in " + millis + " ms");
        }
        awaitBaseline(model, fdsBefore);
    }

    @Test
    void syncServesOneClientAtATime() throws Exception {
        try (FibServer server = start(Model.SYNC, 1)) {
            FibConnection first = connect(server);
            try (FibConnection second = connect(server)) {
                assertEquals("1", first.ask(1));
                second.send("5\n");
                assertNull(second.readLine(500), "the second client waits while the first is connected");
                first.close(); // the first client leaves
                assertEquals("5", second.readLine(5_000), "and the second is served at once");
            } finally {
                first.close();
            }
        }
    }

    @Test
    void poolServesAtMostItsWorkersAndQueuesTheRest() throws Exception {
        try (FibServer server = start(Model.POOL, 2)) {
            FibConnection a = connect(server);
            try (FibConnection b = connect(server);
                    FibConnection c = connect(server)) {
                assertEquals("1", a.ask(1));
                assertEquals("1", b.ask(2));
                c.send("4\n");
                assertNull(c.readLine(500), "two workers, both busy with a connection: the third waits in the queue");
                a.close(); // frees a worker
                assertEquals("3", c.readLine(5_000), "a worker came free");
            } finally {
                a.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void closingTheServerStopsItsThreadsAndFreesThePort(Model model) throws Exception {
        int port;
        FibServer closed;
        try (FibServer server = start(model, 2);
                FibConnection c = connect(server)) {
            assertEquals("2", c.ask(3));
            port = server.port();
            assertTrue(server.threads() > 0, "it runs threads of its own");
            closed = server;
        }
        assertTrue(
                Poll.until(Duration.ofSeconds(5), () -> closed.threads() == 0),
                model + " still runs " + closed.threads() + " threads after closing");
        awaitBaseline(model, -1);
        try (var again = new java.net.ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port)); // the port is free again
        }
    }

    /** Waits (briefly) until no thread of the model is left and, if given, fds are back near the baseline. */
    static void awaitBaseline(Model model, long fdsBefore) throws Exception {
        String prefix = "fib-" + model + "-";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            boolean threadsGone = Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
            boolean fdsBack = fdsBefore < 0 || openFiles() <= fdsBefore + 5;
            if (threadsGone && fdsBack) {
                return;
            }
            Thread.sleep(20);
        }
        List<String> left = Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(n -> n.startsWith(prefix))
                .toList();
        assertTrue(left.isEmpty(), model + " left threads behind: " + left);
        assertTrue(
                openFiles() <= fdsBefore + 5,
                model + " left file descriptors open: " + fdsBefore + " -> " + openFiles());
    }

    static long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
