package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;

/**
 * The section a collections run with --python adds after its summary: CPython's list and dict
 * beside the JVM's collections, then the check-then-act claims of both, each pair closed by a
 * sentence computed from both reports.
 */
final class CPythonSummary {
    private CPythonSummary() {}

    static void print(Narrator nar, CollectionsReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@" + Texts.between()
                + texts.format("python.note", Units.fixed2(py.switchIntervalMs())));
        Table adds = new Table(
                "",
                texts.format("column.collection"),
                texts.format("column.adds"),
                texts.format("col.expected"),
                texts.format("col.got"),
                texts.format("column.trials-lost"),
                texts.format("column.elements-lost"));
        for (CPythonReport.Row row : py.rows()) {
            adds.row(
                    "CPython",
                    row.collection(),
                    "%d x %,d".formatted(java.threads(), row.addsPerThread()),
                    "%,d".formatted(row.expected()),
                    "%,d".formatted(row.got()),
                    row.trialsLost(),
                    "%,d".formatted(row.elementsLost()));
        }
        for (CollectionsReport.Row row : java.rows()) {
            adds.row(
                    "JVM",
                    row.collection(),
                    "%d x %,d".formatted(java.threads(), row.addsPerThread()),
                    "%,d".formatted(row.expected()),
                    "",
                    row.trialsLost(),
                    "%,d".formatted(row.elementsLost()));
        }
        adds.lines("  ").forEach(line -> nar.sayPlain(line.stripTrailing()));
        nar.sayPlain("");
        nar.sayPlain(Width.fill(rows(texts, java, py)));
        nar.sayPlain("");
        CPythonReport.Claims c = py.claims();
        CollectionsReport.Claims j = java.claims();
        Table claims = new Table("", texts.format("col.claim"), texts.format("col.keys"), texts.format("col.twice"));
        claims.row("CPython", "if k not in d: d[k] = me", c.keys(), c.claimedTwiceCheckThenAct());
        claims.row("CPython", "if k not in d: d[k] = mine(me)", c.keys(), c.claimedTwiceCheckCallThenAct());
        claims.row(
                "CPython",
                "if k not in d: sleep(0); d[k] = me",
                c.keysCheckYieldThenAct(),
                c.claimedTwiceCheckYieldThenAct());
        claims.row("CPython", "d.setdefault(k, me) is me", c.keys(), c.claimedTwicePutIfAbsent());
        claims.row("JVM", "containsKey(k), then put(k, me)", j.keys(), j.claimedTwiceCheckThenAct());
        claims.row("JVM", "putIfAbsent(k, me) == null", j.keys(), j.claimedTwicePutIfAbsent());
        claims.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        nar.sayPlain(Width.fill(claims(texts, java, py)));
    }

    /** What the adds show: CPython's list and dict beside the JVM's unsynchronized and thread-safe collections. */
    static String rows(Texts texts, CollectionsReport java, CPythonReport py) {
        long pyLost = py.rows().stream()
                .mapToLong(r -> r.elementsLost() + r.trialsThrew())
                .sum();
        long unsafeLost = java.rows().stream()
                .filter(r -> !r.threadSafe())
                .mapToLong(CollectionsReport.Row::elementsLost)
                .sum();
        long unsafeBroken = java.rows().stream()
                .filter(r -> !r.threadSafe())
                .mapToLong(r -> r.trialsThrew() + r.trialsHung())
                .sum();
        long safeLost = java.rows().stream()
                .filter(CollectionsReport.Row::threadSafe)
                .mapToLong(r -> r.elementsLost() + r.trialsThrew())
                .sum();
        String key = pyLost > 0 ? "compare.rows.lost" : py.freeThreaded() ? "compare.rows.free" : "compare.rows";
        return texts.format(
                key,
                py.version(),
                java.threads(),
                pyLost,
                texts.count("trial-count", java.trials()),
                unsafeLost,
                texts.count("trial-count", unsafeBroken),
                safeLost);
    }

    /** What the claims show: check-then-act is two steps in both; one call that does both is one. */
    static String claims(Texts texts, CollectionsReport java, CPythonReport py) {
        CPythonReport.Claims c = py.claims();
        CollectionsReport.Claims j = java.claims();
        String why = c.claimedTwiceCheckThenAct() > 0
                ? texts.format("compare.claims.why.some", py.version())
                : py.freeThreaded()
                        ? texts.format("compare.claims.why.free", py.version())
                        : texts.format(
                                "compare.claims.why.none",
                                py.version(),
                                Units.fixed2(py.switchIntervalMs()),
                                c.claimedTwiceCheckCallThenAct() > 0
                                        ? texts.format("compare.claims.call.some", c.claimedTwiceCheckCallThenAct())
                                        : texts.format("compare.claims.call.none"));
        return texts.format(
                "compare.claims",
                c.claimedTwiceCheckThenAct(),
                c.keys(),
                c.claimedTwiceCheckCallThenAct(),
                c.claimedTwiceCheckYieldThenAct(),
                c.keysCheckYieldThenAct(),
                c.claimedTwicePutIfAbsent(),
                j.claimedTwiceCheckThenAct(),
                j.keys(),
                j.claimedTwicePutIfAbsent(),
                why);
    }
}
