package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The seed's crawler (002, 案例:爬取网页信息; 000's asyncio fetch): five pages, each after a
 * 1 s wait, fetched five ways, served on loopback by the JDK's own HTTP server.
 *
 * <p>Try: {@code concdemo crawl}, then {@code concdemo crawl --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "002 爬取网页信息, 000 asyncio fetch")
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
            "Five pages, each after a 1 s wait, five ways: in turn the sum, else the slowest.",
            "",
            "The seed's five sites are served on 127.0.0.1 by the JDK's HTTP server, each page with its own delay and"
                    + " size. Fetched one after another, on platform threads, on virtual threads (gevent), with"
                    + " HttpClient.sendAsync futures, and by one thread with non-blocking sockets, a selector and a"
                    + " callback per response. Then seed 000's asyncio fetch of three hosts' response headers, at once:"
                    + " its asyncio.wait on bare coroutines fails on Python 3.11 and later, so the form that works is"
                    + " shown.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo crawl",
            "  concdemo crawl --time-scale 0.3 --json",
            "  concdemo crawl http://example.com/ https://www.python.org/    (needs the internet)"
        })
public final class CrawlDemo extends ScenarioCommand<Record> {
    /** The seed's time.sleep(1) in get_response. */
    static final Duration WAIT = Duration.ofSeconds(1);

    /** At most this many URLs: a demonstration, not a crawler. */
    static final int MAX_URLS = 20;

    private final TimeScaleOption time = new TimeScaleOption();

    @Parameters(
            arity = "0..*",
            paramLabel = "URL",
            description = "Pages to fetch instead of the seed's five local sites: http:// or https://, at most 20"
                    + " (these need the network; the selector client speaks plain HTTP, so it skips https).")
    private List<String> urls = new ArrayList<>();

    public CrawlDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        List<URI> given = given();
        Narrator n = session.narrator(common, 8);
        Texts texts = Texts.of(CrawlDemo.class);
        n.say(texts.format(
                given.isEmpty() ? "heading" : given.size() == 1 ? "heading.page" : "heading.pages",
                given.size(),
                Units.secondsSaid(time.scaled(WAIT).toNanos())));
        Duration sleeps = given.isEmpty() ? Duration.ofMillis(6_500 + 4 * 1_500) : WAIT.multipliedBy(given.size() + 4);
        Duration fixed = given.isEmpty()
                ? Duration.ofSeconds(1)
                : Duration.ofMillis(500).multipliedBy(given.size() + 4); // a guess: 0.5 s a fetch
        Duration about = time.about(sleeps, fixed);
        CrawlReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(sleeps, fixed))) {
            CrawlRun run = new CrawlRun(n, time.scaled(WAIT), time.timeScale(), given);
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            long fastest = r.ways().stream()
                    .skip(1)
                    .mapToLong(CrawlReport.WayResult::totalMs)
                    .max()
                    .orElse(0);
            n.sayPlain("");
            n.sayPlain(Width.fill(texts.format(
                            given.isEmpty() ? "summary" : "summaryGiven",
                            r.pages().size(),
                            secs(r.ways().getFirst().totalMs()),
                            secs(r.sumMs()),
                            texts.format(fastest < 0.6 * r.ways().getFirst().totalMs() ? "overlap" : "noOverlap"),
                            secs(fastest),
                            secs(r.slowestMs()))
                    + Texts.between()
                    + fetchSentence(texts, r)));
        });
        return ExitCode.OK;
    }

    /** The URLs given, checked: absolute http or https, with a host; one line and exit 2 if not. */
    private List<URI> given() {
        if (urls.size() > MAX_URLS) {
            throw new ParameterException(
                    spec.commandLine(), "at most %d URLs (got %d)".formatted(MAX_URLS, urls.size()));
        }
        List<URI> checked = new ArrayList<>();
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new ParameterException(spec.commandLine(), "not a URL: '%s' (%s)".formatted(url, e.getReason()));
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ParameterException(
                        spec.commandLine(), "not an http:// or https:// URL with a host: '%s'".formatted(url));
            }
            checked.add(uri);
        }
        return checked;
    }

    /** The notes' fetch: how many hosts answered (a status line came back), and in how long. */
    static String fetchSentence(Texts texts, CrawlReport r) {
        int hosts = r.fetchHeaders().size();
        long answered = r.fetchHeaders().stream()
                .filter(h -> !h.lines().isEmpty() && h.lines().getFirst().startsWith("HTTP/"))
                .count();
        return answered == hosts
                ? texts.format("fetch.all", hosts, secs(r.fetchMs()))
                : texts.format("fetch.some", answered, hosts, secs(r.fetchMs()));
    }

    /** Milliseconds as seconds, in the run's language ("1.20 s", "1.20 秒"). */
    private static String secs(long ms) {
        return Texts.of(CrawlDemo.class).format("seconds", ms / 1e3);
    }
}
