package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/** The closing lines of {@code concdemo crawl}: every number from the run's report. */
final class CrawlSummary {
    private CrawlSummary() {}

    /** {@code seedSites}: whether the run fetched the seed's five local sites (else URLs given). */
    static void print(Narrator narrator, boolean seedSites, CrawlReport r) {
        Texts texts = Texts.of(CrawlSummary.class);
        long sequential = r.ways().getFirst().totalMs();
        long slowestOther = r.ways().stream()
                .skip(1)
                .mapToLong(CrawlReport.WayResult::totalMs)
                .max()
                .orElse(0);
        narrator.sayPlain("");
        narrator.sayPlain(Width.fill(texts.format(
                        seedSites ? "summary" : "summaryGiven",
                        texts.count("thePages", r.pages().size()),
                        secs(texts, sequential),
                        secs(texts, r.sumMs()),
                        texts.format(slowestOther < 0.6 * sequential ? "overlap" : "noOverlap"),
                        secs(texts, slowestOther),
                        secs(texts, r.slowestMs()))
                + Texts.between()
                + fetchSentence(texts, r)));
    }

    /** The notes' fetch: how many hosts answered (a status line came back), and in how long. */
    static String fetchSentence(Texts texts, CrawlReport r) {
        int hosts = r.fetchHeaders().size();
        long answered = r.fetchHeaders().stream()
                .filter(h -> !h.lines().isEmpty() && h.lines().getFirst().startsWith("HTTP/"))
                .count();
        return answered == hosts
                ? texts.format("fetch.all", texts.count("hostsAnswered", hosts), secs(texts, r.fetchMs()))
                : texts.format("fetch.some", answered, texts.count("ofHosts", hosts), secs(texts, r.fetchMs()));
    }

    /** Milliseconds as seconds, in the run's language ("1.20 s", "1.20 秒"). */
    private static String secs(Texts texts, long ms) {
        return texts.format("seconds", ms / 1e3);
    }
}
