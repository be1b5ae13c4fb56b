package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

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
                + " callback per response. Then seed 000's asyncio fetch of three hosts' response headers, at once.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo crawl", "  concdemo crawl --time-scale 0.3 --json"})
public final class CrawlDemo extends ScenarioCommand {
    /** The seed's time.sleep(1) in get_response. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    public CrawlDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        Narrator n = session.narrator(common, 14);
        n.say("@|bold crawl|@ (seed 002 爬取网页信息): five pages, each after a "
                + String.format(Locale.ROOT, "%.2f s", time.scaled(WAIT).toNanos() / 1e9) + " wait");
        Duration about = time.scaled(Duration.ofMillis(6_500 + 4 * 1_500)).plusSeconds(1);
        CrawlReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(about))) {
            CrawlRun run = new CrawlRun(n, time.scaled(WAIT), time.timeScale());
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
            n.sayPlain(Texts.of(CrawlDemo.class)
                    .format(
                            "summary",
                            secs(r.ways().getFirst().totalMs()),
                            secs(r.sumMs()),
                            fastest < 0.6 * r.ways().getFirst().totalMs() ? "let the waits overlap" : "did not overlap",
                            secs(fastest),
                            secs(r.slowestMs())));
        });
        return ExitCode.OK;
    }

    private static String secs(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1e3);
    }
}
