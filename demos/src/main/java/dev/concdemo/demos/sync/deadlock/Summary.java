package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;

/** The closing summary of a deadlock run: what was measured, and what it proves. */
final class Summary {
    private Summary() {}

    static void print(Narrator n, DeadlockRun.Settings s, DeadlockReport r) {
        n.sayPlain("");
        n.say("@|bold Summary|@ (fix: " + r.fix() + ")");
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
                    "interrupting the victim %s; %d thread(s) queued behind the cycle cancelled"
                            .formatted(r.victim(), r.cancelled())));
        } else {
            n.sayPlain(row("deadlock", r.timedOut() ? "none detected, but the run overran its deadline" : "none"));
        }
        n.sayPlain(row(
                "threads",
                "%d finished, %d victim, %d cancelled (of %d)"
                        .formatted(r.finished(), r.victims(), r.cancelled(), r.threads())));
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
            return """
                Two threads took the same two locks in opposite orders, so each held the lock the other
                needed: neither could move again. The JVM saw the cycle but never breaks one by itself;
                here a watchdog did, at the cost of the victim's work.
                Try --fix rlock, --fix order or --fix trylock (add --time-scale 0.1 to shorten the sleeps).\
                """;
        }
        return switch (fix) {
            case NONE -> """
                No deadlock formed this time: no thread took A while another slept holding B.
                It is rare at the default timing; run it again.\
                """;
            case RLOCK -> """
                No deadlock: all %d threads finished. Both names are one ReentrantLock: a thread that holds
                it takes it again (hold count 2) instead of waiting, and there is no second lock to wait for.
                The price: one lock serialises everything that either name guarded.\
                """.formatted(r.finished());
            case ORDER -> """
                No deadlock: all %d threads finished. Every thread takes A before B, so a thread waiting
                for A holds nothing: the wait-for graph can never close into a cycle.\
                """.formatted(r.finished());
            case TRYLOCK -> """
                No deadlock: all %d threads finished. No thread waits without a limit: one that cannot get
                its second lock releases its first and backs off, so a cycle dissolves by itself (%d did).
                The price: %d back-offs of wasted work, and a retry order no one controls.\
                """.formatted(r.finished(), r.transientCycles(), r.backOffs());
        };
    }

    private static String row(String name, String value) {
        return "  %-10s %s".formatted(name, value);
    }
}
