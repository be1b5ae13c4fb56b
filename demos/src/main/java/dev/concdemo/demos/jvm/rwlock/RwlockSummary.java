package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The closing summary of an rwlock run: every sentence filled from what the run measured. */
final class RwlockSummary {
    private RwlockSummary() {}

    static void print(Narrator n, RwlockReport r) {
        Texts t = Texts.of(RwlockSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@");
        for (String paragraph : paragraphs(r)) {
            n.sayPlain(Width.fill(paragraph));
            n.sayPlain("");
        }
        Table table = new Table(
                t.format("table.lock"),
                t.format("table.median"),
                t.format("table.max"),
                t.format("table.past"),
                t.format("table.gaveUp"));
        table.row(
                "non-fair",
                ms(r.writerWaitMs().nonFair()),
                ms(r.writerWaitMaxMs().nonFair()),
                r.readsPastQueuedWriter().nonFair(),
                r.writerGaveUp().nonFair());
        table.row(
                "fair",
                ms(r.writerWaitMs().fair()),
                ms(r.writerWaitMaxMs().fair()),
                r.readsPastQueuedWriter().fair(),
                r.writerGaveUp().fair());
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }

    /** The summary's paragraphs, each computed from the report (the tests read them). */
    static List<String> paragraphs(RwlockReport r) {
        Texts t = Texts.of(RwlockSummary.class);
        String between = Texts.between();
        List<String> out = new ArrayList<>();
        out.add(t.format("overlap", r.maxReadersInside(), r.readers())
                + between
                + (r.writerAloneAlways()
                        ? t.format("alone", r.writes())
                        : t.format("notAlone", r.writesNotAlone(), r.writes()))
                + between
                + t.format("readsBeside", r.readsBesideAWriter()));
        out.add(starvation(r, t, between));
        RwlockReport.UpgradeDeadlock u = r.upgrade();
        out.add(t.format("downgrade", yes(t, r.downgradeWorked()), yes(t, r.readerBesideDowngrade()))
                + between
                + (u.detected()
                        ? t.format(
                                "upgrade",
                                u.detectedAfterMs(),
                                u.stillStuckAfterMs(),
                                t.format(u.jvmDeadlockDetectorSawIt() ? "jvm.saw" : "jvm.not"))
                        : t.format("upgrade.notSeen"))
                + between
                + t.format(u.brokenByInterrupt() ? "upgrade.broken" : "upgrade.notBroken", u.endedAfterMs()));
        out.add(t.format(
                        "optimistic",
                        r.optimisticReads(),
                        r.optimisticWrites(),
                        r.optimisticRetries(),
                        r.tornCaught(),
                        r.readLockFallbacks(),
                        r.inconsistentResults())
                + (r.retryShown() ? between + t.format("retryShown") : ""));
        return out;
    }

    private static String starvation(RwlockReport r, Texts t, String between) {
        double hold = r.readerHoldMs();
        double nf = r.writerWaitMs().nonFair();
        double f = r.writerWaitMs().fair();
        String measured = t.format(
                "starvation",
                hold,
                nf,
                r.writerWaitMaxMs().nonFair(),
                f,
                r.writerWaitMaxMs().fair(),
                r.readsPastQueuedWriter().nonFair(),
                r.readsPastQueuedWriter().fair());
        boolean nonFairStarved =
                starved(r.writerWaitMaxMs().nonFair(), r.writerGaveUp().nonFair(), hold);
        boolean fairStarved =
                starved(r.writerWaitMaxMs().fair(), r.writerGaveUp().fair(), hold);
        String verdict;
        if (!nonFairStarved && !fairStarved) {
            verdict = r.readsPastQueuedWriter().nonFair() == 0
                    ? t.format("starvation.neither", 2 * hold)
                    : t.format("starvation.neitherSomePassed", 2 * hold);
        } else if (nonFairStarved && !fairStarved) {
            verdict = t.format("starvation.nonFairOnly", 2 * hold);
        } else if (!nonFairStarved) {
            verdict = t.format("starvation.fairOnly", 2 * hold);
        } else {
            verdict = t.format("starvation.both", 2 * hold);
        }
        String comparison = nf < f
                ? t.format("starvation.nonFairShorter", f - nf)
                : nf > f ? t.format("starvation.fairShorter", nf - f) : t.format("starvation.same");
        return measured + between + verdict + between + comparison;
    }

    /** Starved: a write attempt given up, or a wait longer than two readers' holds. */
    static boolean starved(double maxWaitMs, long gaveUp, double holdMs) {
        return gaveUp > 0 || maxWaitMs > 2 * holdMs;
    }

    /** Milliseconds with two decimals, as a number (right-aligned in the table). */
    private static BigDecimal ms(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String yes(Texts t, boolean value) {
        return t.format(value ? "yes" : "no");
    }
}
