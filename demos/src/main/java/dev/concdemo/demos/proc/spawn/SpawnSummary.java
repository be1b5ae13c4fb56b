package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.util.Locale;

/** The closing summary of a spawn run: what a start costs, who came first, the pids, terminate. */
final class SpawnSummary {
    private SpawnSummary() {}

    static void print(Narrator n, SpawnReport r) {
        Texts texts = Texts.of(SpawnDemo.class);
        n.sayPlain(texts.format(
                "stats",
                String.format(Locale.ROOT, "%.1f", r.childStartMillis()),
                r.childStartSamples(),
                String.format(Locale.ROOT, "%.1f", r.threadStartMicros()),
                r.threadStartSamples(),
                String.format(Locale.ROOT, "%,.0f", r.childStartMillis() * 1000 / r.threadStartMicros())));
        n.sayPlain("");
        n.sayPlain(texts.format(
                "summary",
                texts.format(r.mainFirst() ? "mainFirst" : "childFirst"),
                r.pidsChild(),
                r.pidsChildParent(),
                texts.format(r.pidsChildParent() == r.mainPid() ? "us" : "notUs"),
                texts.format(r.aliveRightAfterTerminate() ? "stillAlive" : "alreadyGone"),
                Units.fixed2(r.goneAfterMillis()),
                r.terminatedExitStatus()));
        n.sayPlain("");
        n.sayPlain(texts.format("main-rule"));
    }
}
