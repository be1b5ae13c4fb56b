package dev.concdemo.demos.coro.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The seed's five sites, served on loopback (no internet needed): the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}), a virtual thread a request, each page with its own delay
 * before it answers and its own size (the sizes the seed's run printed).
 */
final class Sites implements AutoCloseable {
    /** One page: its path (a site's name), how long the server takes, how many bytes it sends. */
    record Page(String name, Duration delay, int size) {}

    static final List<Page> PAGES = List.of(
            new Page("www.baidu.com", Duration.ofMillis(100), 2_381),
            new Page("www.qq.com", Duration.ofMillis(400), 245_600),
            new Page("www.taobao.com", Duration.ofMillis(300), 167_440),
            new Page("www.jd.com", Duration.ofMillis(200), 113_043),
            new Page("www.python.org", Duration.ofMillis(500), 49_385));

    private static final byte[] FRONT = "<html>a front page</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("site-", 0).factory());

    Sites(double timeScale) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        for (Page page : PAGES) {
            byte[] body = new byte[page.size()];
            Arrays.fill(body, (byte) 'x');
            Duration delay = Duration.ofNanos(Math.round(page.delay().toNanos() * timeScale));
            server.createContext("/" + page.name(), exchange -> {
                try (exchange) {
                    Thread.sleep(delay);
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        server.createContext(
                "/",
                exchange -> { // seed 000's fetch: any host's front page
                    try (exchange) {
                        Thread.sleep(Duration.ofNanos(Math.round(200_000_000 * timeScale)));
                        String host = exchange.getRequestHeaders().getFirst("Host");
                        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                        exchange.getResponseHeaders().add("X-Site", host == null ? "?" : host);
                        exchange.sendResponseHeaders(200, FRONT.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(FRONT);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        server.setExecutor(handlers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI uri(Page page) {
        return URI.create("http://127.0.0.1:" + port() + "/" + page.name());
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        handlers.close();
    }
}
