package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** The closing summary of a deadlock run: what was measured, and what it proves. */
final class DeadlockSummary {
    private DeadlockSummary() {}

    static void print(Narrator n, DeadlockRun.Settings s, DeadlockReport r) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between() + heading(r.fix()));
        if (r.deadlocked()) {
            n.sayPlain(row(
                    "deadlock",
                    "formed at +%s between %s"
                            .formatted(
                                    Units.secondsMs(r.formedAfterMs() * 1_000_000),
                                    String.join(
                                            " and ",
                                            r.cycle().stream()
                                                    .map(WaitForCycle.Edge::thread)
                                                    .toList()))));
            n.sayPlain(row(
                    "detected",
                    "%d ms later, by polling ThreadMXBean.findDeadlockedThreads every %d ms"
                            .formatted(r.detectedAfterMs(), Watchdog.POLL.toMillis())));
            n.sayPlain(row(
                    "broken by",
                    "interrupting the victim %s; %s queued behind the cycle cancelled"
                            .formatted(r.victim(), Units.count(r.cancelled(), "thread"))));
        } else {
            n.sayPlain(row("deadlock", r.timedOut() ? "none detected, but the run overran its deadline" : "none"));
        }
        n.sayPlain(row(
                "threads",
                "%d finished, %s, %d cancelled (of %d)"
                        .formatted(r.finished(), Units.count(r.victims(), "victim"), r.cancelled(), r.threads())));
        if (s.fix() == Fix.TRYLOCK) {
            n.sayPlain(row(
                    "back-offs",
                    "%d; wait-for cycles that dissolved by timeout: %d".formatted(r.backOffs(), r.transientCycles())));
        }
        String bound = r.deadlocked()
                ? ""
                : " (at least %s: %d threads x %s sleep, one after another)"
                        .formatted(
                                Units.secondsMs(s.lowerBound().toNanos()),
                                r.threads(),
                                Units.secondsMs(s.pause().toNanos()));
        n.sayPlain(row("elapsed", Units.secondsMs(r.elapsedMs() * 1_000_000) + bound));
        n.sayPlain("");
        n.sayPlain(moral(s.fix(), r));
    }

    private static String moral(Fix fix, DeadlockReport r) {
        if (r.deadlocked()) {
            return Texts.of(DeadlockSummary.class).format("deadlocked");
        }
        return switch (fix) {
            case NONE -> Texts.of(DeadlockSummary.class).format("none-without-deadlock");
            case RLOCK -> Texts.of(DeadlockSummary.class).format("rlock", r.finished());
            case ORDER -> Texts.of(DeadlockSummary.class).format("order", r.finished());
            case TRYLOCK ->
                Texts.of(DeadlockSummary.class).format("trylock", r.finished(), r.transientCycles(), r.backOffs());
        };
    }

    private static String row(String name, String value) {
        return "  %-10s %s".formatted(name, value);
    }

    /** "(fix: order)" in English; in Chinese the fix by its Chinese name, or that there was none. */
    private static String heading(String fix) {
        Texts t = Texts.of(DeadlockSummary.class);
        return fix.equals("none") ? t.format("heading.none", fix) : t.format("heading", t.format("name." + fix));
    }
}
