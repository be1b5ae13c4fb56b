package dev.concdemo.demos.os.states;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.Map;

/** The closing summary of a states run: the timelines, each thread's samples per state, and what they show. */
final class StatesSummary {
    private StatesSummary() {}

    static void print(Narrator n, StatesReport report) {
        Texts t = Texts.of(StatesDemo.class);
        n.sayPlain("");
        if (!report.kernelView()) {
            n.sayPlain(t.format("noKernelView"));
        }
        StatesChart.print(n, report);
        n.sayPlain("");
        if (report.kernelView()) {
            Table table = new Table(
                    t.format("table.samples"),
                    t.format("state.running"),
                    t.format("state.ready"),
                    t.format("state.blocked"),
                    t.format("table.runnableAsleep"),
                    t.format("table.runnableReady"));
            for (StatesReport.ThreadRow row : report.threads()) {
                table.row(
                        row.name(),
                        row.kernelCounts().get("running"),
                        row.kernelCounts().get("ready"),
                        row.kernelCounts().get("blocked"),
                        row.runnableButBlocked(),
                        row.runnableButReady());
            }
            table.lines("  ").forEach(n::sayPlain);
            n.sayPlain("");
            n.sayPlain(Width.fill(summary(report)));
        }
    }

    private static String summary(StatesReport r) {
        Map<String, Integer> tr = r.transitions();
        int asleep = r.threads().stream()
                .mapToInt(StatesReport.ThreadRow::runnableButBlocked)
                .sum();
        int ready = r.threads().stream()
                .mapToInt(StatesReport.ThreadRow::runnableButReady)
                .sum();
        Texts t = Texts.of(StatesDemo.class); // one paragraph, filled to the width where it is printed
        return t.format(
                "summary",
                r.sampleMs(),
                tr.getOrDefault("ready->running", 0),
                tr.getOrDefault("running->ready", 0),
                tr.getOrDefault("running->blocked", 0),
                tr.getOrDefault("blocked->ready", 0),
                r.transitionsInferred(),
                ready,
                asleep);
    }
}
