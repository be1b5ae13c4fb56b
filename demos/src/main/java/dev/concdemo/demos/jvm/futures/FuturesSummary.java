package dev.concdemo.demos.jvm.futures;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** The closing summary of a futures run: each stage's thread and why, then the starvation, as measured. */
final class FuturesSummary {
    private FuturesSummary() {}

    static void print(Narrator n, FuturesReport r) {
        Texts t = Texts.of(FuturesSummary.class);
        n.sayPlain("");
        Table stages =
                new Table(t.format("col.stage"), t.format("col.method"), t.format("col.thread"), t.format("col.why"));
        r.stages().forEach(s -> stages.row(s.stage(), s.method(), s.thread(), s.why()));
        stages.lines("  ").forEach(n::sayPlain);
        for (FuturesReport.Stage s : r.stages()) {
            n.sayPlain(t.format("why." + s.why(), s.stage(), s.method()));
        }
        n.sayPlain(t.format("outcome", r.result(), r.recovered(), r.timedOut()));
        n.sayPlain("");

        FuturesReport.Starvation s = r.starvation();
        FuturesReport.Place common = s.commonPool();
        FuturesReport.Place own = s.ownExecutor();
        n.sayPlain(t.format(
                "starved.setup", r.cores(), r.commonPoolParallelism(), s.blockers(), Math.round(s.blockingMs())));
        n.sayPlain(t.format(
                common.quickWaitedForABlocker() ? "starved.common.waited" : "starved.common.ran",
                Units.fixed2(common.quickStageDelayMs()),
                Units.fixed2(common.firstBlockerEndedMs()),
                Units.fixed2(common.quickStartedMs())));
        n.sayPlain(t.format(
                own.quickWaitedForABlocker() ? "starved.own.waited" : "starved.own.ran",
                own.threads(),
                Units.fixed2(own.quickStageDelayMs())));
        n.sayPlain("");
        n.sayPlain(t.format("python.gather"));
    }
}
