package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;

/** The closing summary of a semaphore run: threads inside over time as a chart, then what was measured. */
final class SemaphoreSummary {
    static final int CHART_WIDTH = 60;

    private SemaphoreSummary() {}

    static void print(Narrator n, SemaphoreRun.Outcome o, Duration hold) {
        SemaphoreReport r = o.report();
        Texts t = Texts.of(SemaphoreSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Threads inside over time") + "|@" + Texts.between()
                + t.format("chart", t.count("permits", r.permits())));
        Chart.levels(o.inside(), o.start(), o.end(), r.permits(), CHART_WIDTH, "  ")
                .forEach(n::sayPlain);
        n.sayPlain(Chart.axis(o.start(), o.end(), CHART_WIDTH + 1, "     "));
        n.sayPlain("");
        n.sayPlain(t.format("most-inside", r.maxInside(), r.permits(), r.finished(), r.threads()));
        n.sayPlain(t.format(
                "elapsed",
                Units.seconds(o.end() - o.start()),
                t.count("waves", r.waves()),
                Units.seconds(hold.toNanos()),
                Units.seconds(r.lowerBoundMs() * 1_000_000)));
        n.sayPlain("");
        n.sayPlain(t.format(
                "summary",
                t.count("permits", r.permits()),
                r.maxInside(),
                t.count("threads", r.threads()),
                t.count("waves", r.waves())));
    }
}
