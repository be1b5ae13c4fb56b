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
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
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
public final class CrawlDemo extends ScenarioCommand<CrawlReport> {
    /** The seed's time.sleep(1) in get_response. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    @Parameters(
            arity = "0..*",
            paramLabel = "URL",
            description = "Pages to fetch instead of the seed's five local sites: http:// or https://, at most "
                    + GivenUrls.MAX
                    + " (these need the network; the selector client speaks plain HTTP, so it skips https).")
    private List<String> urls = new ArrayList<>();

    private List<URI> given; // this run's: the URLs checked; empty for the seed's sites

    private CrawlRun run; // this run's: what soFar() reads

    public CrawlDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected void check() {
        try {
            given = GivenUrls.check(urls);
        } catch (GivenUrls.Refused e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    protected List<String> labels() {
        return CrawlRun.labels(given);
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts texts = Texts.of(CrawlDemo.class);
        String wait = Units.secondsSaid(time.scaled(WAIT).toNanos());
        narrator.say(
                given.isEmpty()
                        ? texts.format("heading", wait)
                        : texts.format("heading.given", texts.count("pagesWait", given.size()), wait));
    }

    @Override
    protected Expected expected() {
        Duration sleeps = given.isEmpty() ? Duration.ofMillis(6_500 + 4 * 1_500) : WAIT.multipliedBy(given.size() + 4);
        Duration fixed = given.isEmpty()
                ? Duration.ofSeconds(1)
                : Duration.ofMillis(500).multipliedBy(given.size() + 4); // a guess: 0.5 s a fetch
        return new Expected(time.about(sleeps, fixed), time.shorten(sleeps, fixed));
    }

    @Override
    protected CrawlReport run(Narrator narrator) throws Exception {
        run = new CrawlRun(narrator, time.scaled(WAIT), time.timeScale(), given);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, CrawlReport report) {
        CrawlSummary.print(narrator, given.isEmpty(), report);
    }
}
