package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
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

    /** The labels of the run's lines: the command's thread, the selector's callbacks, notes 000 and CPython's verdict. */
    static final String MAIN = "main";

    static final String CALLBACK = "callback";
    static final String NOTES = "notes 000";
    static final String CPYTHON = "CPython";

    /**
     * The name of step 6's thread that fetches the {@code k}th host (from 1), and the label of its
     * lines; its first line names the host. Not the host itself: a long host name would widen the
     * label column until the notes' page lines wrap.
     */
    static String fetcher(int k) {
        return FETCHER + k;
    }

    private static final String FETCHER = "fetch-";

    /** Every label a run over {@code given} (empty: the seed's sites) shows: the above and step 6's fetchers. */
    static List<String> labels(List<URI> given) {
        List<String> labels = new ArrayList<>(List.of(MAIN, CALLBACK, NOTES, CPYTHON));
        int hosts = given.isEmpty()
                ? FETCH_HOSTS.size()
                : (int) httpOnly(given).stream()
                        .map(CrawlRun::hostLabel)
                        .distinct()
                        .count();
        if (hosts > 0) {
            labels.add(fetcher(hosts));
        }
        return labels;
    }

    private static List<URI> httpOnly(List<URI> uris) {
        return uris.stream().filter(u -> u.getScheme().equalsIgnoreCase("http")).toList();
    }

    /** What a request asks for ({@code Host}): the host, with its port unless 80. */
    private static String hostLabel(URI u) {
        return u.getPort() < 0 || u.getPort() == 80 ? u.getHost() : u.getHost() + ":" + u.getPort();
    }

    private final Narrator n;
    private final Duration wait;
    private final double timeScale;
    /** How long one fetch of a given URL may take before it counts as failed. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(15);

    private final List<URI> given; // the user's URLs; empty: the seed's five sites on loopback
    private final Texts texts = Texts.of(CrawlRun.class); // made on the run's thread: its language
    private volatile String done = texts.format("soFar.none");

    CrawlRun(Narrator n, Duration wait, double timeScale, List<URI> given) {
        this.n = n;
        this.wait = wait;
        this.timeScale = timeScale;
        this.given = given;
    }

    String soFar() {
        return done;
    }

    CrawlReport run() throws IOException, InterruptedException, ExecutionException {
        try (Sites sites = given.isEmpty() ? new Sites(timeScale) : null;
                ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient client = HttpClient.newBuilder()
                        .executor(clientThreads)
                        .connectTimeout(FETCH_TIMEOUT)
                        .build()) {
            List<URI> uris;
            if (sites != null) {
                n.event(MAIN, texts.format("served", sites.port()));
                uris = Sites.PAGES.stream().map(sites::uri).toList();
            } else {
                n.event(MAIN, texts.format("network", texts.count("urls", given.size())));
                uris = given;
            }
            boolean plainHttp = uris.stream().allMatch(u -> u.getScheme().equalsIgnoreCase("http"));
            List<CrawlReport.WayResult> ways = new ArrayList<>();
            List<Fetched> first = List.of();
            List<Fetched> last = List.of();
            for (Way way : Way.values()) {
                step("1", way.ordinal() + 1, way.label());
                if (way == Way.SELECT && !plainHttp) {
                    n.event(MAIN, texts.format("skipped"));
                    continue;
                }
                long start = System.nanoTime();
                List<Fetched> got = new CopyOnWriteArrayList<>();
                fetch(way, uris, client, start, f -> {
                    got.add(f);
                    n.event(way == Way.SELECT ? CALLBACK : MAIN, f.toString());
                });
                long total = (System.nanoTime() - start) / 1_000_000;
                n.event(MAIN, texts.format("took", texts.count("all", uris.size()), total / 1e3));
                ways.add(new CrawlReport.WayResult(way.name().toLowerCase(Locale.ROOT), total, (int)
                        got.stream().filter(f -> f.statusCode() == 200).count()));
                if (way == Way.SEQUENTIAL) {
                    first = List.copyOf(got);
                }
                last = got;
                done = texts.format("soFar.ways", ways.size());
            }
            n.sayPlain("");
            WayTable.lines(ways, uris.size()).forEach(n::sayPlain);

            step("2", texts.format(sites != null ? "hosts.three" : "hosts.each"));
            notesForm();
            long fetchStart = System.nanoTime();
            List<CrawlReport.Headers> headers = sites != null
                    ? fetchHeaders(FETCH_HOSTS.stream()
                            .map(h -> new HostPort(h, "127.0.0.1", sites.port()))
                            .toList())
                    : fetchHeaders(httpOnly(uris).stream()
                            .map(u -> new HostPort(hostLabel(u), u.getHost(), u.getPort() < 0 ? 80 : u.getPort()))
                            .distinct()
                            .toList());
            long fetchMs = (System.nanoTime() - fetchStart) / 1_000_000;
            long slowest;
            long sum;
            if (sites != null) {
                slowest = wait.toMillis()
                        + Sites.PAGES.stream()
                                .mapToLong(p -> Math.round(p.delay().toMillis() * timeScale))
                                .max()
                                .orElse(0);
                sum = Sites.PAGES.stream()
                        .mapToLong(p -> wait.toMillis() + Math.round(p.delay().toMillis() * timeScale))
                        .sum();
            } else { // unknown servers: each page's own time in the sequential run
                long previous = 0;
                slowest = 0;
                for (Fetched f : first) {
                    slowest = Math.max(slowest, f.doneAtMs() - previous);
                    previous = f.doneAtMs();
                }
                sum = previous;
            }
            done = texts.format("soFar.every");
            return new CrawlReport(
                    wait.toMillis(),
                    last.stream().sorted(Comparator.comparing(Fetched::url)).toList(),
                    ways,
                    slowest,
                    sum,
                    headers,
                    fetchMs);
        }
    }

    /**
     * Notes 000's main() as written, and what CPython makes of it (checked with python3.11, a
     * local fetch: TypeError before any fetch starts); then the form that works, which the
     * virtual threads below follow.
     */
    private void notesForm() {
        n.event(NOTES, "loop = asyncio.get_event_loop()");
        n.event(NOTES, "loop.run_until_complete(asyncio.wait([fetch(url) for url in urls]))");
        n.event(CPYTHON, texts.format("cpython.wait"));
        n.event(CPYTHON, texts.format("cpython.loop"));
        n.event(CPYTHON, texts.format("cpython.works"));
        n.event(MAIN, texts.format("hereThatForm"));
    }

    /** Who seed 000's fetch asks for ({@code Host}), and where it connects. */
    private record HostPort(String host, String address, int port) {}

    /** The seed's get_response: sleep, then GET the page. */
    private Fetched getResponse(HttpClient client, URI uri, long start) throws InterruptedException {
        Thread.sleep(wait);
        try {
            HttpResponse<byte[]> response = client.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
            return new Fetched(
                    uri.toString(),
                    response.statusCode(),
                    response.body().length,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) { // a page that fails is shown as failed; the others go on
            return Fetched.failed(uri, e, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(FETCH_TIMEOUT).build();
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
                            .thenCompose(u -> client.sendAsync(request(u), HttpResponse.BodyHandlers.ofByteArray()))
                            .handle((r, failure) -> r != null
                                    ? new Fetched(
                                            uri.toString(),
                                            r.statusCode(),
                                            r.body().length,
                                            (System.nanoTime() - start) / 1_000_000)
                                    : Fetched.failed(uri, failure, (System.nanoTime() - start) / 1_000_000))
                            .thenAccept(each));
                }
                try {
                    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                            .get();
                } catch (InterruptedException e) {
                    all.forEach(f -> f.cancel(true));
                    throw e;
                }
            }
            case SELECT -> SelectCrawler.fetchAll(uris, wait, FETCH_TIMEOUT, start, each);
        }
    }

    /** Seed 000's fetch, on a virtual thread a host: connect, send the request line and Host, read the headers. */
    private List<CrawlReport.Headers> fetchHeaders(List<HostPort> hosts)
            throws InterruptedException, ExecutionException {
        try (ExecutorService tasks = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name(FETCHER, 1).factory())) {
            List<Future<CrawlReport.Headers>> futures = new ArrayList<>();
            for (HostPort target : hosts) {
                String host = target.host();
                String label = fetcher(futures.size() + 1); // the name its thread gets, in the order submitted
                futures.add(tasks.submit(() -> {
                    n.event(label, "Start fetching " + host);
                    List<String> lines = new ArrayList<>();
                    try (Socket socket = new Socket()) {
                        socket.connect(new java.net.InetSocketAddress(target.address(), target.port()), (int)
                                FETCH_TIMEOUT.toMillis());
                        socket.setSoTimeout((int) FETCH_TIMEOUT.toMillis());
                        OutputStream out = socket.getOutputStream();
                        out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            lines.add(line);
                            n.event(label, line);
                        }
                    } catch (IOException e) {
                        lines.add("error: " + e);
                        n.event(label, "error: " + e);
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

    private void step(String key, Object... args) {
        n.step(CrawlRun.class, key, args);
    }
}
