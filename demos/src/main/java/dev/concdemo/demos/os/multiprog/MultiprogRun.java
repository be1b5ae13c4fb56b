package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;

/**
 * One run of multiprog: the jobs in the model, one after another and overlapped (drawn by
 * {@link Timeline}); then for real, a unit of CPU a spin and a unit of IO a sleep on one core;
 * then two CPU-bound threads back to back and together, to count the switches between them.
 */
final class MultiprogRun {
    static final String ONE_AFTER_ANOTHER = "one after another";
    static final String OVERLAPPED = "overlapped";
    static final String BACK_TO_BACK = "back to back";
    static final String TOGETHER = "together";

    /** The labels of the run's timestamped lines. */
    static final List<String> LABELS = List.of(ONE_AFTER_ANOTHER, OVERLAPPED, BACK_TO_BACK, TOGETHER);

    private final Narrator n;
    private final List<Program> programs;
    private final Duration unit;
    private final Duration spin;

    MultiprogRun(Narrator n, List<Program> programs, Duration unit, Duration spin) {
        this.n = n;
        this.programs = programs;
        this.unit = unit;
        this.spin = spin;
    }

    MultiprogReport run() throws InterruptedException {
        long began = System.nanoTime();
        Texts t = Texts.of(MultiprogDemo.class);
        Overlap.Result single = Overlap.oneAfterAnother(programs);
        Overlap.Result multi = Overlap.overlapped(programs);
        MultiprogReport.Model model = model(programs, single, multi);
        int bound = model.boundUnits();
        n.sayPlain("");
        n.say(t.format("heading.model"));
        Timeline.show(n, t.format("model.single"), programs, single);
        Timeline.show(n, t.format("model.overlapped"), programs, multi);
        n.sayPlain(t.format("model.least", bound));

        long unitMs = unit.toMillis();
        long expectMs = (long) (single.total() + multi.total()) * unitMs + 4L * spin.toMillis();
        n.sayPlain("");
        n.say(t.format("heading.real", ThreadScheduling.canPin() ? "" : t.format("anyCore"), unitMs, expectMs / 1e3));
        MultiprogReport.Measured realSingle = measured(RealRun.oneAfterAnother(programs, unit));
        n.event(
                ONE_AFTER_ANOTHER,
                t.format("real.line", realSingle.wallMs(), realSingle.cpuMs(), 100 * realSingle.utilisation()));
        MultiprogReport.Measured realMulti = measured(RealRun.overlapped(programs, unit));
        n.event(
                OVERLAPPED,
                t.format("real.line", realMulti.wallMs(), realMulti.cpuMs(), 100 * realMulti.utilisation()));

        n.sayPlain("");
        n.say(t.format("heading.switching", spin.toMillis() / 1e3));
        MultiprogReport.Measured backToBack = measured(RealRun.twoCpuBound(spin, false));
        n.event(BACK_TO_BACK, t.format("switch.line", backToBack.wallMs(), backToBack.involuntarySwitches()));
        MultiprogReport.Measured together = measured(RealRun.twoCpuBound(spin, true));
        n.event(TOGETHER, t.format("switch.line", together.wallMs(), together.involuntarySwitches()));
        double overhead = 100.0 * (together.wallMs() - backToBack.wallMs()) / Math.max(1, backToBack.wallMs());

        return new MultiprogReport(
                programs.stream()
                        .map(p -> new MultiprogReport.Job(p.name(), p.phases()))
                        .toList(),
                model,
                unitMs,
                new MultiprogReport.Real(realSingle, realMulti),
                new MultiprogReport.Switching(spin.toMillis(), backToBack, together, overhead),
                (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * The model's two schedules, and the least any schedule can take: the longest program
     * alone, or every program's CPU units one after another, whichever is more.
     */
    static MultiprogReport.Model model(List<Program> programs, Overlap.Result single, Overlap.Result multi) {
        int bound = Math.max(
                programs.stream().mapToInt(Program::total).max().orElse(0),
                programs.stream().mapToInt(Program::cpuUnits).sum());
        return new MultiprogReport.Model(run(single), run(multi), bound);
    }

    private static MultiprogReport.Run run(Overlap.Result r) {
        return new MultiprogReport.Run(r.total(), r.cpuBusy(), r.utilisation(), r.rows());
    }

    private static MultiprogReport.Measured measured(RealRun.Measured m) {
        return new MultiprogReport.Measured(m.wallMs(), m.cpuMs(), m.utilisation(), m.involuntarySwitches());
    }
}
