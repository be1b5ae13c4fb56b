package dev.concdemo.demos.coro.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seed 002's single-threaded client: every page's socket non-blocking, registered with one
 * {@link Selector}; the loop waits for whichever socket is ready (connected, writable,
 * readable) and calls that page's callback when its response is complete. The seed's
 * {@code time.sleep(1)} before each request is a timer of the loop, not a blocked thread.
 */
final class SelectCrawler {
    /** One page's connection and what has come back so far. */
    private static final class Conn {
        final URI uri;
        final ByteBuffer request;
        final ByteArrayOutputStream response = new ByteArrayOutputStream();

        Conn(URI uri) {
            this.uri = uri;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            this.request = ByteBuffer.wrap(
                    ("GET " + path + query + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private SelectCrawler() {}

    /** Fetches every page on this one thread; {@code callback} gets each as it completes. */
    static void fetchAll(List<URI> uris, Duration wait, Duration timeout, long startNanos, Consumer<Fetched> callback)
            throws IOException, InterruptedException {
        try (Selector selector = Selector.open()) {
            try {
                loop(selector, uris, wait, timeout, startNanos, callback);
            } finally {
                for (SelectionKey key : selector.keys()) {
                    key.channel().close(); // also when the run is cancelled
                }
            }
        }
    }

    private static void loop(
            Selector selector,
            List<URI> uris,
            Duration wait,
            Duration timeout,
            long startNanos,
            Consumer<Fetched> callback)
            throws IOException, InterruptedException {
        {
            sleepOnLoop(selector, wait);
            // One deadline for the whole batch, from the moment the requests go out (name lookups and
            // connects included): a page with no whole response by then has failed, as HttpClient's
            // request timeout fails a page in the other ways. So the loop ends within wait + timeout.
            long deadline = System.nanoTime() + timeout.toNanos();
            int pending = uris.size();
            for (URI uri : uris) {
                Conn conn = new Conn(uri);
                SocketChannel channel = SocketChannel.open();
                try {
                    channel.configureBlocking(false);
                    channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()));
                    channel.register(selector, SelectionKey.OP_CONNECT, conn);
                } catch (IOException | java.nio.channels.UnresolvedAddressException e) {
                    channel.close();
                    pending--;
                    callback.accept(Fetched.failed(uri, e, (System.nanoTime() - startNanos) / 1_000_000));
                }
            }
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) { // whoever has not answered by now has failed
                    for (SelectionKey key : selector.keys()) {
                        if (!key.isValid()) {
                            continue; // cancelled in the last pass (its page already called back), not yet deregistered
                        }
                        key.channel().close();
                        callback.accept(Fetched.failed(
                                ((Conn) key.attachment()).uri,
                                new java.net.SocketTimeoutException(
                                        "no whole response within " + timeout.toSeconds() + " s"),
                                (System.nanoTime() - startNanos) / 1_000_000));
                    }
                    return;
                }
                selector.select(Math.max(1, Math.min(1_000, left / 1_000_000)));
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                var ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    SocketChannel channel = (SocketChannel) key.channel();
                    Conn conn = (Conn) key.attachment();
                    try {
                        if (key.isConnectable() && channel.finishConnect()) {
                            key.interestOps(SelectionKey.OP_WRITE);
                        } else if (key.isWritable()) {
                            channel.write(conn.request);
                            if (!conn.request.hasRemaining()) {
                                key.interestOps(SelectionKey.OP_READ);
                            }
                        } else if (key.isReadable()) {
                            buffer.clear();
                            int read = channel.read(buffer);
                            if (read > 0) {
                                conn.response.write(buffer.array(), 0, read);
                            } else if (read < 0) { // the server closed: the response is whole
                                key.cancel();
                                channel.close();
                                pending--;
                                callback.accept(parse(conn, (System.nanoTime() - startNanos) / 1_000_000));
                            }
                        }
                    } catch (IOException refusedOrReset) { // this page failed; the others go on
                        key.cancel();
                        channel.close();
                        pending--;
                        callback.accept(
                                Fetched.failed(conn.uri, refusedOrReset, (System.nanoTime() - startNanos) / 1_000_000));
                    }
                }
            }
        }
    }

    /**
     * The seed's {@code time.sleep(1)} before each request, for all of them at once, as a timer of
     * the loop: nothing is registered yet, so {@code select} only waits out the time (or a cancel).
     */
    private static void sleepOnLoop(Selector selector, Duration wait) throws IOException, InterruptedException {
        long due = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0; left = due - System.nanoTime()) {
            selector.select(Math.max(1, left / 1_000_000)); // at least 1 ms: select(0) would wait forever
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /**
     * The status code from the status line, and the body's length after the blank line (a
     * chunked body's length without its chunk framing, as a client library reports it).
     */
    private static Fetched parse(Conn conn, long atMs) {
        byte[] bytes = conn.response.toByteArray();
        String head = new String(bytes, 0, Math.min(bytes.length, 16_384), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        int status;
        try {
            status = head.startsWith("HTTP/") ? Integer.parseInt(head.split(" ", 3)[1]) : -1;
        } catch (RuntimeException notHttp) {
            status = -1;
        }
        int body = end < 0 ? 0 : bytes.length - (end + 4);
        if (end >= 0
                && head.substring(0, end).toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunkedLength(bytes, end + 4);
        }
        return new Fetched(conn.uri.toString(), status, body, atMs);
    }

    /** Sums the chunk sizes of a chunked body starting at {@code from}; stops at the last chunk or at junk. */
    private static int dechunkedLength(byte[] bytes, int from) {
        int total = 0;
        int at = from;
        while (at < bytes.length) {
            int lineEnd = at;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size;
            try {
                size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            } catch (NumberFormatException junk) {
                break;
            }
            if (size <= 0) {
                break;
            }
            total += size;
            at = lineEnd + 2 + size + 2; // the size line's CRLF, the data, its CRLF
        }
        return total;
    }
}
