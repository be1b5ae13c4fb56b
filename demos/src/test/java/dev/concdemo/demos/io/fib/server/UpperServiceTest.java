package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seeds' echo service on every model: upper-cased as it came, binary intact, bad clients harmless. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UpperServiceTest {
    static FibServer start(Model model) throws IOException {
        ServerConfig config = new ServerConfig(new InetSocketAddress("127.0.0.1", 0), 1_000, 40, 2, 0, Service.UPPER);
        return FibServer.start(model, config, new ConnectionLog(Narrator.silent(), true));
    }

    static Socket connect(FibServer server) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(10_000);
        return s;
    }

    static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] got = in.readNBytes(length);
        assertEquals(length, got.length, "the whole echo came back");
        return got;
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void textComesBackUpperCasedAndBinaryWithOnlyAsciiLettersChanged(Model model) throws Exception {
        try (FibServer server = start(model);
                Socket s = connect(server)) {
            s.getOutputStream().write("hello, World 123\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(
                    "HELLO, WORLD 123\n", new String(readExactly(s.getInputStream(), 17), StandardCharsets.US_ASCII));
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            byte[] expected = all.clone();
            for (int i = 'a'; i <= 'z'; i++) {
                expected[i] = (byte) (i - 32);
            }
            s.getOutputStream().write(all);
            assertArrayEquals(expected, readExactly(s.getInputStream(), 256));
            byte[] big = new byte[10_000]; // more than one read of 1,024: each read echoed as it came
            Arrays.fill(big, (byte) 'q');
            s.getOutputStream().write(big);
            byte[] back = readExactly(s.getInputStream(), big.length);
            for (byte b : back) {
                assertEquals('Q', b);
            }
            // Counted as they happen, for process it by a watcher thread: awaited, not read at once.
            assertTrue(
                    FibServerTest.awaitCount(
                                    server, () -> server.stats().snapshot().requests(), 3)
                            >= 3,
                    "a request a read: " + server.stats().snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void aResetAndAHalfClosedClientNeverDisturbTheNext(Model model) throws Exception {
        try (FibServer server = start(model)) {
            Socket reset = connect(server);
            reset.getOutputStream().write("abc".getBytes(StandardCharsets.US_ASCII));
            assertEquals("ABC", new String(readExactly(reset.getInputStream(), 3), StandardCharsets.US_ASCII));
            reset.setSoLinger(true, 0);
            reset.close();
            try (Socket half = connect(server)) {
                half.getOutputStream().write("xyz".getBytes(StandardCharsets.US_ASCII));
                half.shutdownOutput(); // sends no more, still reads
                assertEquals("XYZ", new String(readExactly(half.getInputStream(), 3), StandardCharsets.US_ASCII));
                assertEquals(-1, half.getInputStream().read(), "the server closes once the client has");
            }
            try (Socket next = connect(server)) {
                next.getOutputStream().write("ok".getBytes(StandardCharsets.US_ASCII));
                assertEquals("OK", new String(readExactly(next.getInputStream(), 2), StandardCharsets.US_ASCII));
            }
        }
    }
}
