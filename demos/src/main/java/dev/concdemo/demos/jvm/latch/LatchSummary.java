package dev.concdemo.demos.jvm.latch;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.Locale;

/** The closing summary of a latch run: each gate as measured, then the latch at zero. */
final class LatchSummary {
    private LatchSummary() {}

    static void print(Narrator n, LatchReport r) {
        Texts t = Texts.of(LatchSummary.class);
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format(
                        "start",
                        r.runners(),
                        Units.fixed2(r.arrivalSpreadMs()),
                        Units.fixed2(r.releaseSpreadMs()),
                        Units.fixed2(r.countDownToFirstPassMs()))
                + Texts.between()
                + (r.passedBeforeCountDown() == 0
                        ? t.format("start.none")
                        : t.format("start.some", r.passedBeforeCountDown()))));
        n.sayPlain(Width.fill(t.format(
                "end",
                Units.fixed2(r.endGateWaitMs()),
                String.format(Locale.ROOT, "%.3f", r.endGateWakeMs()),
                r.runners(),
                r.finishedAtWake(),
                r.runners())));
        n.sayPlain(Width.fill(
                r.countAfterExtraCountDown() == 0
                        ? t.format("extra.nothing", r.countAfterExtraCountDown())
                        : t.format("extra.counted", r.countAfterExtraCountDown())));
        n.sayPlain(Width.fill(t.format(
                        "second",
                        r.countBeforeSecondAwait(),
                        String.format(Locale.ROOT, "%.3f", r.secondAwaitMs()),
                        r.countDownsDuringSecondAwait(),
                        Units.fixed2(r.endGateWaitMs()))
                + Texts.between()
                + (r.reusable() ? t.format("second.blocked") : t.format("second.open"))));
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }
}
