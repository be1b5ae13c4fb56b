package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.List;

/** The closing summary of a collections run: a row per collection, then what the rows show. */
final class CollectionsSummary {
    /** The table's columns, by their keys in the bundle. */
    private static final List<String> COLUMNS =
            List.of("collection", "adds", "trials-lost", "elements-lost", "threw", "hung", "time");

    private CollectionsSummary() {}

    static void print(Narrator n, CollectionsReport r) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + Texts.of(CollectionsSummary.class)
                        .format(
                                "heading",
                                Texts.of(CollectionsSummary.class).count("trial-count", r.trials()),
                                r.threads()));
        Table table = new Table(COLUMNS.stream()
                .map(c -> Texts.of(CollectionsSummary.class).format("column." + c))
                .toArray(String[]::new));
        for (CollectionsReport.Row row : r.rows()) {
            table.row(
                    row.collection(),
                    "%d x %,d".formatted(r.threads(), row.addsPerThread()),
                    row.trialsLost(),
                    "%,d".formatted(row.elementsLost()),
                    row.trialsThrew(),
                    row.trialsHung(),
                    Units.seconds(row.ms() * 1_000_000));
        }
        table.lines("  ").forEach(n::sayPlain);
        r.rows().stream()
                .filter(row -> !row.exceptions().isEmpty())
                .forEach(row -> n.sayPlain(
                        Texts.of(CollectionsSummary.class).format("threw", row.collection(), row.exceptions())));
        n.sayPlain("");
        Texts texts = Texts.of(CollectionsSummary.class);
        var unsafe = r.rows().stream().filter(row -> !row.threadSafe()).toList();
        int broken = (int) unsafe.stream()
                .filter(row -> row.trialsLost() > 0 || row.trialsThrew() > 0 || row.trialsHung() > 0)
                .count();
        long safeLost = r.rows().stream()
                .filter(CollectionsReport.Row::threadSafe)
                .mapToLong(row -> row.elementsLost() + row.trialsThrew())
                .sum();
        n.sayPlain(Width.fill(
                broken > 0
                        ? texts.format("unsafe", broken, unsafe.size())
                        : texts.format("unsafe.lucky", unsafe.size())));
        r.rows().stream()
                .filter(row -> row.trialsHung() > 0)
                .forEach(row -> n.sayPlain(Width.fill(texts.format(
                        "hung",
                        row.collection(),
                        texts.format("trials", row.trialsHung(), r.trials()),
                        row.hangs().getFirst().where()))));
        n.sayPlain(Width.fill(safeLost == 0 ? texts.format("safe") : texts.format("safe.lost", safeLost)));
        CollectionsReport.Claims c = r.claims();
        n.sayPlain(Width.fill(
                c.claimedTwiceCheckThenAct() > 0
                        ? texts.format("claims", c.claimedTwiceCheckThenAct(), c.keys(), c.claimedTwicePutIfAbsent())
                        : texts.format("claims.none", c.keys(), c.claimedTwicePutIfAbsent())));
    }
}
