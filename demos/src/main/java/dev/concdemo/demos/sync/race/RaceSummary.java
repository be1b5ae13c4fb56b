package dev.concdemo.demos.sync.race;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.Locale;

/** A race run's words: the opening lines, the table of outcomes, and the closing paragraph. */
final class RaceSummary {
    private RaceSummary() {}

    static void introduce(Narrator n, RaceTrials.Variant variant, int threads, int start, int trials, Duration pause) {
        Texts t = Texts.of(RaceSummary.class);
        n.say("@|bold race|@" + t.format("opening", threads, start, t.count("trials", trials)));
        n.sayPlain(t.format("each", describe(t, variant, pause)));
        n.sayPlain("");
    }

    /** What each thread does, in words: the steps, and the pause between them if any. */
    private static String describe(Texts t, RaceTrials.Variant variant, Duration pause) {
        String between = pause.isZero() ? t.format("no-pause") : t.format("pause", Units.millis(pause.toNanos()));
        return t.format("each." + variant, between);
    }

    static void print(Narrator n, RaceReport r) {
        Texts t = Texts.of(RaceSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Outcomes") + "|@" + Texts.between()
                + t.format("heading", r.variant(), t.count("trials", r.trials()), r.expected()));
        Table table = new Table(
                t.format("column.final"),
                t.format("column.trials"),
                t.format("column.share"),
                t.format("column.verdict"));
        r.outcomes()
                .forEach((value, count) -> table.row(
                        value,
                        count,
                        String.format(Locale.ROOT, "%.1f%%", 100.0 * count / r.trials()),
                        value == r.expected()
                                ? t.format("correct")
                                : t.format("lost", value - r.expected(), r.threads())));
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain(t.format("elapsed", Units.seconds(r.elapsedMs() * 1_000_000)));
        n.sayPlain("");
        n.sayPlain(closing(r));
    }

    /** The closing paragraph, chosen by the variant and what was lost; every count with its noun. */
    static String closing(RaceReport r) {
        Texts t = Texts.of(RaceSummary.class);
        String trials = t.count("trials", r.trials());
        return switch (r.variant()) {
            case "unsafe" ->
                r.trialsWithLostUpdates() == 0
                        ? t.format("unsafe.none", trials)
                        : t.format(
                                r.pauseMs() == 0 ? "unsafe.nopause" : "unsafe",
                                r.trialsWithLostUpdates(),
                                trials,
                                t.count("decrements", r.lostUpdates()));
            case "lock" -> t.format("lock", trials, r.threads(), Units.fixed2(r.pauseMs()));
            default -> t.format("atomic", trials);
        };
    }
}
