package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asynchronous IO (seed 002, 异步IO): read() returns at once, and a completion handler is called
 * once the data is already in our buffer: neither phase blocks the caller. The JDK's
 * {@code AsynchronousSocketChannel} on Linux is not kernel AIO: it is epoll and a pool of
 * threads, which do the read and then call the handler (sun.nio.ch.EPollPort).
 */
final class AsyncRead {
    private static final String HANDLERS = "iomodels-aio-";

    /** The name of the completion handlers' pool thread {@code i} (1-based). */
    static String handlerName(int i) {
        return HANDLERS + i;
    }

    /**
     * @param returnedMicros how long the read call took to return (it only starts the read)
     * @param handlerMs when the handler ran, from the read call
     * @param handlerThread the pool thread the handler ran on
     */
    record Result(double returnedMicros, long handlerMs, String handlerThread, String data) {}

    private AsyncRead() {}

    static Result run(Narrator n, Duration serverDelay) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(
                2, Thread.ofPlatform().name(HANDLERS, 1).factory());
        AsynchronousChannelGroup group = AsynchronousChannelGroup.withThreadPool(pool);
        try (AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open(group)
                        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                AsynchronousSocketChannel client = AsynchronousSocketChannel.open(group)) {
            client.connect(server.getLocalAddress()).get(5, TimeUnit.SECONDS);
            try (AsynchronousSocketChannel conn = server.accept().get(5, TimeUnit.SECONDS)) {
                ByteBuffer buffer = ByteBuffer.allocate(64);
                CountDownLatch done = new CountDownLatch(1);
                long[] at = {0};
                String[] thread = {""};
                long start = System.nanoTime();
                client.read(buffer, null, new CompletionHandler<Integer, Void>() {
                    @Override
                    public void completed(Integer read, Void nothing) {
                        at[0] = System.nanoTime();
                        thread[0] = Thread.currentThread().getName();
                        done.countDown();
                    }

                    @Override
                    public void failed(Throwable e, Void nothing) {
                        thread[0] = "failed: " + e;
                        done.countDown();
                    }
                });
                double returnedMicros = (System.nanoTime() - start) / 1e3;
                n.event(
                        "client",
                        "read(buffer, handler) returned after %.0f µs; main goes on with other work"
                                .formatted(returnedMicros));
                Thread.sleep(serverDelay);
                conn.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)))
                        .get(5, TimeUnit.SECONDS);
                if (!done.await(5, TimeUnit.SECONDS)) {
                    throw new IOException("the completion handler was not called within 5 s");
                }
                long handlerMs = (at[0] - start) / 1_000_000;
                String data = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
                n.event(
                        thread[0],
                        "completed: '%s' already in the buffer, %d ms after the read call".formatted(data, handlerMs));
                return new Result(Math.round(returnedMicros), handlerMs, thread[0], data);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        } finally {
            group.shutdownNow();
            group.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
