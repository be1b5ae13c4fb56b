package dev.concdemo.demos.sync.barrier;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** The closing summary of a barrier run: each lap's spreads as measured, and what they show. */
final class BarrierSummary {
    private BarrierSummary() {}

    static void print(Narrator n, BarrierReport r) {
        Texts t = Texts.of(BarrierSummary.class);
        n.sayPlain("");
        for (BarrierReport.Lap lap : r.laps()) {
            n.sayPlain(t.format(
                    "lap", lap.lap(), Units.fixed2(lap.arrivalSpreadMs()), Units.fixed2(lap.releaseSpreadMs())));
        }
        n.sayPlain("");
        n.sayPlain(t.format("summary"));
    }
}
