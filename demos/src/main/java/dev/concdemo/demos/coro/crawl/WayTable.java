package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.Locale;

/** The five ways side by side: each way's total time and how many pages came back with status 200. */
final class WayTable {
    private WayTable() {}

    static List<String> lines(List<CrawlReport.WayResult> ways, int pages) {
        Texts texts = Texts.of(WayTable.class);
        Table table = new Table(texts.format("table.way"), texts.format("table.total"), texts.format("table.ok"));
        for (CrawlReport.WayResult w : ways) {
            table.row(
                    Way.valueOf(w.way().toUpperCase(Locale.ROOT)).label(),
                    texts.format("seconds", w.totalMs() / 1e3),
                    texts.format("table.okOf", w.ok(), pages));
        }
        return table.lines("  ");
    }
}
