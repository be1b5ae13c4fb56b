package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.Locale;

/** The closing paragraph of a yield run: every number in it from the report. */
final class YieldSummary {
    private YieldSummary() {}

    static void print(Narrator n, YieldReport r) {
        n.sayPlain("");
        n.sayPlain(Texts.of(YieldSummary.class)
                .format(
                        "summary",
                        String.join(" ", r.printed()),
                        fixed(r.generatorNs()),
                        fixed(r.callNs()),
                        fixed(r.virtualThreadNs()),
                        fixed(r.platformThreadNs()),
                        seconds(r.sleepingTotalMs()),
                        seconds(YieldRun.ITEMS * r.sleepMs())));
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f", ms / 1e3);
    }
}
