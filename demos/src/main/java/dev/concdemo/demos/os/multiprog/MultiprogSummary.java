package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/** The closing summary of a multiprog run: what overlapping gained in the model and on a core, and what switching cost. */
final class MultiprogSummary {
    private MultiprogSummary() {}

    static void print(Narrator n, MultiprogReport r) {
        n.sayPlain("");
        n.sayPlain(Width.fill(summary(r)));
    }

    private static String summary(MultiprogReport r) {
        MultiprogReport.Model m = r.model();
        MultiprogReport.Real real = r.real();
        MultiprogReport.Switching s = r.switching();
        double perSwitchUs = s.together().involuntarySwitches() == 0
                ? 0
                : 1000.0
                        * (s.together().wallMs() - s.backToBack().wallMs())
                        / s.together().involuntarySwitches();
        double everyMs =
                (double) s.together().wallMs() / Math.max(1, s.together().involuntarySwitches());
        Texts t = Texts.of(MultiprogDemo.class);
        // A switch's cost is claimed only when taking turns was measurably slower; measurably
        // faster means the noise was larger than the switches' cost, and says so.
        String cost = Math.abs(s.overheadPercent()) < 1.0
                ? t.format("cost.noise", s.overheadPercent(), everyMs)
                : s.overheadPercent() < 0
                        ? t.format("cost.less", -s.overheadPercent())
                        : t.format("cost.measured", s.overheadPercent(), perSwitchUs);
        String why =
                t.format(m.overlapped().totalUnits() < m.oneAfterAnother().totalUnits() ? "why.overlap" : "why.none");
        String onCore =
                t.format(real.overlapped().wallMs() < real.oneAfterAnother().wallMs() ? "onCore.paid" : "onCore.not");
        String cores = t.format(ThreadScheduling.canPin() ? "cores.pinned" : "cores.any");
        return t.format(
                "summary",
                m.overlapped().totalUnits(),
                m.oneAfterAnother().totalUnits(),
                m.boundUnits(),
                100 * m.overlapped().utilisation(),
                100 * m.oneAfterAnother().utilisation(),
                why,
                onCore,
                real.overlapped().wallMs(),
                real.oneAfterAnother().wallMs(),
                100 * real.overlapped().utilisation(),
                100 * real.oneAfterAnother().utilisation(),
                cores,
                s.together().involuntarySwitches(),
                cost);
    }
}
