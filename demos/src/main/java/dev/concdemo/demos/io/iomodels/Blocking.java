package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;

/**
 * Blocking IO (seed 002, 阻塞IO): the seed's server accepts, sleeps 2 s, sends a random number;
 * its client calls recv at once and is blocked through both phases, waiting for the data and
 * copying it, until the number is there. The client's two stamps are 2 s apart.
 */
final class Blocking {
    private static final DateTimeFormatter X = DateTimeFormatter.ofPattern("HH:mm:ss"); // the seed's %X

    /** @param readMs how long the client's one read call blocked */
    record Result(int number, long readMs) {}

    private Blocking() {}

    static Result run(Narrator n, Duration serverSleep, RandomGenerator random)
            throws IOException, InterruptedException {
        int number = random.nextInt(1, 101); // the seed's random.randint(1, 100)
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            // The server's sleep starts once the client's read does: the read then waits it all out,
            // however late the client gets to its read (a loaded machine).
            CountDownLatch reading = new CountDownLatch(1);
            Thread serverThread = Thread.ofPlatform().name("iomodels-server").start(() -> {
                try (SocketChannel conn = server.accept()) {
                    reading.await();
                    Thread.sleep(serverSleep);
                    n.event("server", "服务端发送数据 " + number + "  (the server sends, after its sleep)");
                    conn.write(ByteBuffer.wrap(Integer.toString(number).getBytes(StandardCharsets.US_ASCII)));
                } catch (IOException | InterruptedException e) {
                    // the run was cancelled: the client's read ends with the closed socket
                }
            });
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress())) {
                n.event("client", "等待接收数据, 时间 %s  (waiting for data: recv blocks)".formatted(now()));
                ByteBuffer buffer = ByteBuffer.allocate(1024);
                long start = System.nanoTime();
                reading.countDown();
                int read = client.read(buffer); // blocks: waiting for the data, then copying it
                long readMs = (System.nanoTime() - start) / 1_000_000;
                String data = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII);
                n.event("client", "客户端接收到数据 %s , 时间 %s  (read returned after %d ms)".formatted(data, now(), readMs));
                return new Result(number, readMs);
            } finally {
                serverThread.interrupt();
                serverThread.join();
            }
        }
    }

    private static String now() {
        return LocalTime.now().format(X);
    }
}
