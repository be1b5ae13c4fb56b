package dev.concdemo.demos.os.sched;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing summary of sched: with --real, the share of CPU 0 each spinner and thread got
 * beside its weight's, and what that shows. (The simulated schedules are drawn as they are
 * computed, by {@link ScheduleCharts}.)
 */
final class SchedSummary {
    private SchedSummary() {}

    static void print(Narrator n, SchedReport.Outcome report) {
        SchedReport.Real r = report.real();
        if (r == null) {
            return;
        }
        n.sayPlain("");
        Table t = new Table(Texts.of(SchedDemo.class).format("table.shares").split("\\|"));
        List<SchedReport.Share> all = new ArrayList<>(r.niced());
        all.addAll(r.equalNice());
        all.addAll(r.javaPriorities());
        for (SchedReport.Share share : all) {
            t.row(
                    share.who(),
                    share.pid(),
                    share.weight() == 0 ? "-" : share.weight(),
                    "%.1f%%".formatted(share.predictedPercent()),
                    "%.1f%%".formatted(share.measuredPercent()),
                    share.cpuMs() + " ms");
        }
        t.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(Width.fill(Verdicts.real(r)));
    }
}
