package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's Netty peer answers as our servers do, on both transports: a yardstick that
 * answers every request with an error line is fast at nothing (it did, unnoticed, for a while).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NettyFibServerTest {

    @ParameterizedTest
    @EnumSource(NettyFibServer.Transport.class)
    void answersFibOnEitherTransport(NettyFibServer.Transport transport) throws Exception {
        try (NettyFibServer server = new NettyFibServer(45, transport, 0);
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out.write("1\n10\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("1", in.readLine());
            assertEquals("55", in.readLine());
            out.write("x\n30\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("error: not a number: 'x'", in.readLine());
            assertEquals("832040", in.readLine());
        }
    }
}
