package dev.concdemo.demos.sync.race;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The section a race run with --python adds after its summary: CPython's three runs beside the
 * JVM's one, in one table of outcomes, then what they show, every sentence computed from both.
 */
final class CPythonSummary {
    private CPythonSummary() {}

    static void print(Narrator nar, RaceReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@" + Texts.between()
                + texts.format("python.note", Units.fixed2(py.switchIntervalMs())));
        Table table = new Table(
                "",
                texts.format("col.run"),
                texts.format("column.trials"),
                texts.format("col.lostTrials"),
                texts.format("col.lost"),
                texts.format("col.outcomes"));
        row(table, "CPython", way(texts, py.pause()), py.pause());
        row(table, "CPython", way(texts, py.noPause()), py.noPause());
        row(table, "CPython", way(texts, py.lock()), py.lock());
        row(table, "JVM", way(texts, java), java);
        table.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        nar.sayPlain(Width.fill(String.join(texts.format("python.join"), sentences(texts, java, py))));
    }

    private static void row(Table table, String runtime, String way, RaceReport r) {
        table.row(runtime, way, r.trials(), r.trialsWithLostUpdates(), r.lostUpdates(), outcomes(r.outcomes()));
    }

    /** "99 x20, 98 x1": each final value and how many trials ended with it. */
    static String outcomes(Map<Integer, Integer> outcomes) {
        return outcomes.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A run in a few words: "read, sleep 100 ms, write", "ticket -= 1", "lock: read, sleep 100 ms, write". */
    static String way(Texts texts, RaceReport r) {
        String ms = ms(r.pauseMs());
        return switch (r.variant()) {
            case "unsafe" -> r.pauseMs() == 0 ? "ticket -= 1" : texts.format("way.pause", ms);
            case "lock" -> r.pauseMs() == 0 ? texts.format("way.lock.nopause") : texts.format("way.lock", ms);
            default -> texts.format("way." + r.variant());
        };
    }

    /** What the runs show: the JVM's beside its CPython match, then CPython without the pause and under the lock. */
    static List<String> sentences(Texts texts, RaceReport java, CPythonReport py) {
        List<String> parts = new ArrayList<>();
        long decrements = (long) java.threads() * java.trials();
        RaceReport withPause = py.pause();
        RaceReport plain = py.noPause();
        if (java.variant().equals("unsafe") && java.pauseMs() > 0) {
            parts.add(texts.format(
                    withPause.lostUpdates() > 0 && java.lostUpdates() > 0
                            ? "compare.pause.both"
                            : "compare.pause.differ",
                    ms(withPause.pauseMs()),
                    withPause.lostUpdates(),
                    decrements,
                    java.lostUpdates(),
                    decrements));
        } else {
            parts.add(texts.format(
                    "compare.java",
                    way(texts, java),
                    java.lostUpdates(),
                    decrements,
                    ms(withPause.pauseMs()),
                    withPause.lostUpdates(),
                    decrements));
        }
        boolean javaPlain = java.variant().equals("unsafe") && java.pauseMs() == 0;
        String versus = javaPlain ? texts.format("compare.plain.jvm", java.lostUpdates(), decrements) : "";
        if (plain.lostUpdates() == 0) {
            parts.add(texts.format(
                    py.freeThreaded() ? "compare.plain.none.free" : "compare.plain.none",
                    py.version(),
                    decrements,
                    versus));
        } else {
            parts.add(texts.format("compare.plain.some", py.version(), plain.lostUpdates(), decrements, versus));
        }
        RaceReport lock = py.lock();
        parts.add(texts.format(
                lock.lostUpdates() > 0
                        ? "compare.lock.lost"
                        : lock.trials() < withPause.trials() ? "compare.lock.fewer" : "compare.lock",
                lock.lostUpdates(),
                texts.count("trials", lock.trials())));
        return parts;
    }

    /** "100 ms". */
    private static String ms(double value) {
        return Units.millis(Math.round(value * 1e6));
    }
}
