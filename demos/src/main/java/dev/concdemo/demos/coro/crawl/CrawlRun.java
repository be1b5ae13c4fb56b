package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Seed 002's gevent crawler: five pages, each fetched after a 1 s wait, as {@code {url,
 * status_code, content_length}}; fetched five ways and timed. Waiting overlaps in all but the
 * first, so the total is about the slowest page, not the sum. Then seed 000's asyncio fetch:
 * three hosts' response headers, fetched at once.
 */
final class CrawlRun {
    private static final List<String> FETCH_HOSTS = List.of("www.sohu.com", "www.douban.com", "www.163.com");

    private final Narrator n;
    private final Duration wait;
    private final double timeScale;
    private volatile String done = "nothing yet";

    CrawlRun(Narrator n, Duration wait, double timeScale) {
        this.n = n;
        this.wait = wait;
        this.timeScale = timeScale;
    }

    String soFar() {
        return done;
    }

    CrawlReport run() throws IOException, InterruptedException, ExecutionException {
        try (Sites sites = new Sites(timeScale);
                ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient client =
                        HttpClient.newBuilder().executor(clientThreads).build()) {
            n.event("main", "the five sites are served on 127.0.0.1:%d (no internet needed)".formatted(sites.port()));
            List<URI> uris = Sites.PAGES.stream().map(sites::uri).toList();
            List<CrawlReport.WayResult> ways = new ArrayList<>();
            List<Fetched> last = List.of();
            for (Way way : Way.values()) {
                step("%d. %s".formatted(way.ordinal() + 1, way.label()));
                long start = System.nanoTime();
                List<Fetched> got = new CopyOnWriteArrayList<>();
                fetch(way, uris, client, start, f -> {
                    got.add(f);
                    n.event(way == Way.SELECT ? "callback" : "main", f.toString());
                });
                long total = (System.nanoTime() - start) / 1_000_000;
                n.event("main", "all five in %.2f s".formatted(total / 1e3));
                ways.add(new CrawlReport.WayResult(way.name().toLowerCase(Locale.ROOT), total, (int)
                        got.stream().filter(f -> f.statusCode() == 200).count()));
                last = got;
                done = ways.size() + " of 5 ways";
            }
            Table table = new Table("way", "total", "pages");
            for (int i = 0; i < ways.size(); i++) {
                table.row(
                        Way.values()[i].label(),
                        "%.2f s".formatted(ways.get(i).totalMs() / 1e3),
                        ways.get(i).ok());
            }
            n.sayPlain("");
            table.lines("  ").forEach(n::sayPlain);

            step("6. Seed 000's asyncio fetch: three hosts' response headers, at once");
            List<CrawlReport.Headers> headers = fetchHeaders(sites.port());
            long slowest = wait.toMillis()
                    + Sites.PAGES.stream()
                            .mapToLong(p -> Math.round(p.delay().toMillis() * timeScale))
                            .max()
                            .orElse(0);
            long sum = Sites.PAGES.stream()
                    .mapToLong(p -> wait.toMillis() + Math.round(p.delay().toMillis() * timeScale))
                    .sum();
            done = "all";
            return new CrawlReport(
                    "crawl",
                    wait.toMillis(),
                    last.stream().sorted(Comparator.comparing(Fetched::url)).toList(),
                    ways,
                    slowest,
                    sum,
                    headers);
        }
    }

    /** The seed's get_response: sleep, then GET the page. */
    private Fetched getResponse(HttpClient client, URI uri, long start) throws IOException, InterruptedException {
        Thread.sleep(wait);
        HttpResponse<byte[]> response =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(
                uri.toString(), response.statusCode(), response.body().length, (System.nanoTime() - start) / 1_000_000);
    }

    private void fetch(
            Way way, List<URI> uris, HttpClient client, long start, java.util.function.Consumer<Fetched> each)
            throws IOException, InterruptedException, ExecutionException {
        switch (way) {
            case SEQUENTIAL -> {
                for (URI uri : uris) {
                    each.accept(getResponse(client, uri, start));
                }
            }
            case PLATFORM_THREADS, VIRTUAL_THREADS -> {
                Thread.Builder threads = way == Way.PLATFORM_THREADS
                        ? Thread.ofPlatform().name("fetch-", 0)
                        : Thread.ofVirtual().name("fetch-", 0);
                try (ExecutorService pool = Executors.newThreadPerTaskExecutor(threads.factory())) {
                    List<Future<Fetched>> futures = new ArrayList<>();
                    for (URI uri : uris) {
                        futures.add(pool.submit(() -> getResponse(client, uri, start)));
                    }
                    for (Future<Fetched> f : futures) { // joinall; then each g.value
                        each.accept(f.get());
                    }
                }
            }
            case SEND_ASYNC -> {
                var later = CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS);
                List<CompletableFuture<Void>> all = new ArrayList<>();
                for (URI uri : uris) {
                    all.add(CompletableFuture.supplyAsync(() -> uri, later)
                            .thenCompose(u -> client.sendAsync(
                                    HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofByteArray()))
                            .thenAccept(r -> each.accept(new Fetched(
                                    r.uri().toString(),
                                    r.statusCode(),
                                    r.body().length,
                                    (System.nanoTime() - start) / 1_000_000))));
                }
                try {
                    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                            .get();
                } catch (InterruptedException e) {
                    all.forEach(f -> f.cancel(true));
                    throw e;
                }
            }
            case SELECT -> SelectCrawler.fetchAll(uris, wait, start, each);
        }
    }

    /** Seed 000's fetch, on a virtual thread a host: connect, send the request line and Host, read the headers. */
    private List<CrawlReport.Headers> fetchHeaders(int port) throws InterruptedException, ExecutionException {
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<CrawlReport.Headers>> futures = new ArrayList<>();
            for (String host : FETCH_HOSTS) {
                futures.add(tasks.submit(() -> {
                    n.event(host, "Start fetching " + host);
                    List<String> lines = new ArrayList<>();
                    try (Socket socket = new Socket("127.0.0.1", port)) {
                        OutputStream out = socket.getOutputStream();
                        out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            lines.add(line);
                            n.event(host, line);
                        }
                    }
                    return new CrawlReport.Headers(host, lines);
                }));
            }
            List<CrawlReport.Headers> all = new ArrayList<>();
            for (Future<CrawlReport.Headers> f : futures) {
                all.add(f.get());
            }
            return all;
        }
    }

    private void step(String title) {
        n.sayPlain("");
        n.say("@|bold " + title + "|@");
    }
}
