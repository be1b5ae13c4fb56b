package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.math.BigDecimal;
import java.util.List;

/** The closing paragraph of a vthreads run: every sentence computed from the report. */
final class VthreadsSummary {
    private VthreadsSummary() {}

    /** The summary of {@code r}, a run at --time-scale {@code scale}. */
    static void print(Narrator n, VthreadsReport r, double scale) {
        n.sayPlain("");
        Texts texts = Texts.of(VthreadsSummary.class);
        long sum = VthreadsDemo.FUNC1.toMillis() + VthreadsDemo.FUNC2.toMillis();
        String sleeps = texts.format(
                "summary",
                sleeps(texts, scale),
                secs(r.joinallMs()),
                secs(r.oneCarrierPatchedMs()),
                secs(r.oneCarrierUnpatchedMs()),
                r.oneCarrierUnpatchedMs() >= 0.9 * sum * scale ? texts.format("serial") : texts.format("overlapping"),
                r.tasks(),
                r.carriersUsed(),
                secs(r.tasksMs()));
        List<String> sentences =
                List.of(sleeps, starvation(texts, r, Math.round(VthreadsDemo.HOG.toMillis() * scale)), race(texts, r));
        n.sayPlain(Width.fill(String.join(Texts.between(), sentences)));
    }

    /** func1's and func2's sleeps: the notes' 2 s and 3 s, and what --time-scale made them here. */
    static String sleeps(Texts texts, double scale) {
        long f1 = VthreadsDemo.FUNC1.toSeconds();
        long f2 = VthreadsDemo.FUNC2.toSeconds();
        return scale == 1.0
                ? texts.format("sleeps.notes", f1, f2)
                : texts.format(
                        "sleeps.scaled",
                        f1,
                        f2,
                        f1 * scale,
                        f2 * scale,
                        BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString());
    }

    /**
     * Step 4: never preempted, as greenlets are not (a likeness), when one carrier shows it;
     * then, with several carriers here, what greenlets cannot do: the others run on.
     */
    static String starvation(Texts texts, VthreadsReport r, long hogMs) {
        long one = r.starvedOneCarrierMs();
        long here = Math.round(r.starvedHereMs());
        String first = one >= hogMs / 2 // the ticker waited out most of the computation
                ? texts.format("starve.like", one, secs(hogMs))
                : texts.format("starve.notSeen", one, secs(hogMs));
        String second = r.carriersHere() >= 2 && here < one / 2
                ? texts.format("starve.parallel", r.carriersHere(), here)
                : texts.format("starve.here", r.carriersHere(), here);
        return first + Texts.between() + second;
    }

    /** Step 5: lost updates with several carriers (unlike greenlets), none this time, or one core. */
    static String race(Texts texts, VthreadsReport r) {
        long expected = 2L * r.increments() * r.rounds();
        long lostOne = expected - r.countOneCarrier();
        long lostHere = expected - r.countHere();
        return r.carriersHere() < 2
                ? texts.format("race.oneCore", lostOne, lostHere, expected)
                : lostHere == 0
                        ? texts.format("race.none", r.carriersHere(), lostOne, expected)
                        : texts.format("race.lost", r.carriersHere(), lostOne, lostHere, expected);
    }

    /** Milliseconds as seconds, in the run's language ("1.20 s", "1.20 秒"). */
    private static String secs(long millis) {
        return Texts.of(VthreadsSummary.class).format("seconds", millis / 1e3);
    }
}
