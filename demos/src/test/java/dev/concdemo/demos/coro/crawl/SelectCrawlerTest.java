package dev.concdemo.demos.coro.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The selector client keeps one deadline for the whole batch: a server that never answers fails each page once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SelectCrawlerTest {
    @Test
    void pagesThatNeverAnswerFailOnceEachAtTheBatchDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            // The kernel completes the connects (backlog); nobody ever reads or answers.
            String base = "http://127.0.0.1:" + silent.getLocalPort();
            List<URI> uris = List.of(URI.create(base + "/a"), URI.create(base + "/b"));
            List<Fetched> got = new CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            SelectCrawler.fetchAll(uris, Duration.ofMillis(50), Duration.ofMillis(300), start, got::add);
            assertEquals(2, got.size(), "each page called back once: " + got);
            for (Fetched f : got) {
                assertEquals(-1, f.statusCode(), f.toString());
                assertTrue(f.error().contains("SocketTimeoutException"), f.toString());
                assertTrue(f.doneAtMs() >= 350, "not before wait + timeout: " + f);
            }
        }
    }
}
