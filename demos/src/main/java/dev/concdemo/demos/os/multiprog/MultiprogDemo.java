package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Multiprogramming (seed 001, 多道技术): several jobs in memory at once, so that while one waits
 * for IO another uses the CPU (time multiplexing); and the CPU is also taken away from a job
 * that has held it long, for fairness. Modelled exactly in units, then done for real on one
 * core: concurrency without parallelism.
 *
 * <p>Try: {@code concdemo multiprog}.
 */
@Scenario(chapter = Chapter.OS, seed = "001 多道技术")
@Command(
        name = "multiprog",
        mixinStandardHelpOptions = true,
        description = {
            "CPU and IO jobs one after another vs overlapped on one core; what switching costs.",
            "",
            "Single-programming runs each job to its end: the total is the sum of every phase, and the CPU idles"
                    + " through every IO. Multiprogramming gives the CPU to another job while one waits for IO: the"
                    + " total falls towards the larger of the longest job and all the CPU work. Modelled in units"
                    + " (the CPU first come first served, each CPU phase to its end, IO in parallel), then run by"
                    + " threads pinned to CPU 0. Then two CPU-bound threads on one core, back to back and together:"
                    + " the kernel's involuntary switches counted, and what they cost.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo multiprog",
            "  concdemo multiprog --jobs A:1/9/1,B:1/9/1,C:1/9/1    IO-heavy: overlap saves the most",
            "  concdemo multiprog --unit 20 --spin 500 --json"
        })
public final class MultiprogDemo extends ScenarioCommand<Record> {
    public MultiprogDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--jobs",
            paramLabel = "LIST",
            description = "NAME:CPU/IO/CPU...,... in units (default: " + Program.DEFAULT + ").")
    private String jobList = Program.DEFAULT;

    @Option(names = "--unit", paramLabel = "MS", description = "A unit for real, in ms (default: 50; 5 to 1000).")
    private int unitMs = 50;

    @Option(
            names = "--spin",
            paramLabel = "MS",
            description = "CPU each of the two switching threads needs, in ms (default: 1000; 100 to 10000).")
    private int spinMs = 1000;

    @Override
    public Integer call() throws InterruptedException {
        List<Program> programs;
        try {
            programs = Program.parse(jobList);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--jobs: " + e.getMessage());
        }
        Ranges.check(spec, "--unit", unitMs, 5, 1000, null);
        Ranges.check(spec, "--spin", spinMs, 100, 10_000, null);
        long began = System.nanoTime();
        Narrator n = session.narrator(common, 10);
        n.say(Texts.of(MultiprogDemo.class)
                .format(
                        "heading",
                        programs.stream()
                                .map(p -> p.name() + ":"
                                        + p.phases().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining("/")))
                                .collect(Collectors.joining(" "))));

        Overlap.Result single = Overlap.oneAfterAnother(programs);
        Overlap.Result multi = Overlap.overlapped(programs);
        int bound = Math.max(
                programs.stream().mapToInt(Program::total).max().orElse(0),
                programs.stream().mapToInt(Program::cpuUnits).sum());
        MultiprogReport.Model model = new MultiprogReport.Model(run(single), run(multi), bound);
        if (!common.json()) {
            n.sayPlain("");
            n.say(Texts.of(MultiprogDemo.class).format("heading.model"));
            Texts t = Texts.of(MultiprogDemo.class);
            show(n, t.format("model.single"), programs, single);
            show(n, t.format("model.overlapped"), programs, multi);
            n.sayPlain(t.format("model.least", bound));
        }

        Duration unit = Duration.ofMillis(unitMs);
        long expectMs = (long) (single.total() + multi.total()) * unitMs + 4L * spinMs;
        n.sayPlain("");
        Texts texts = Texts.of(MultiprogDemo.class);
        n.say(texts.format(
                "heading.real", ThreadScheduling.canPin() ? "" : texts.format("anyCore"), unitMs, expectMs / 1e3));
        String soFar = texts.format("soFar"); // read here, where the run's language is bound
        session.measuredSoFar(() -> soFar);
        MultiprogReport.Measured realSingle = measured(RealRun.oneAfterAnother(programs, unit));
        n.event("one after another", line(realSingle));
        MultiprogReport.Measured realMulti = measured(RealRun.overlapped(programs, unit));
        n.event("overlapped", line(realMulti));

        if (!common.json()) {
            n.sayPlain("");
            n.say(Texts.of(MultiprogDemo.class).format("heading.switching", spinMs / 1e3));
        }
        Duration each = Duration.ofMillis(spinMs);
        MultiprogReport.Measured backToBack = measured(RealRun.twoCpuBound(each, false));
        n.event(
                "back to back",
                "%,d ms, %d involuntary switches".formatted(backToBack.wallMs(), backToBack.involuntarySwitches()));
        MultiprogReport.Measured together = measured(RealRun.twoCpuBound(each, true));
        n.event(
                "together",
                "%,d ms, %d involuntary switches".formatted(together.wallMs(), together.involuntarySwitches()));
        double overhead = 100.0 * (together.wallMs() - backToBack.wallMs()) / Math.max(1, backToBack.wallMs());

        MultiprogReport report = new MultiprogReport(
                programs.stream()
                        .map(p -> new MultiprogReport.Job(p.name(), p.phases()))
                        .toList(),
                model,
                unitMs,
                new MultiprogReport.Real(realSingle, realMulti),
                new MultiprogReport.Switching(spinMs, backToBack, together, overhead),
                (System.nanoTime() - began) / 1_000_000);
        if (common.json()) {
            common.printJson(session, report);
        } else {
            n.sayPlain("");
            n.sayPlain(Width.fill(summary(report)));
        }
        return ExitCode.OK;
    }

    private static MultiprogReport.Run run(Overlap.Result r) {
        return new MultiprogReport.Run(r.total(), r.cpuBusy(), r.utilisation(), r.rows());
    }

    private static MultiprogReport.Measured measured(RealRun.Measured m) {
        return new MultiprogReport.Measured(m.wallMs(), m.cpuMs(), m.utilisation(), m.involuntarySwitches());
    }

    private static String line(MultiprogReport.Measured m) {
        return "%,d ms, the threads' CPU %,d ms: the core busy %.1f%%"
                .formatted(m.wallMs(), m.cpuMs(), 100 * m.utilisation());
    }

    private static void show(Narrator n, String title, List<Program> programs, Overlap.Result r) {
        n.sayPlain("  " + title);
        for (int i = 0; i < programs.size(); i++) {
            n.sayPlain("    %s %s".formatted(programs.get(i).name(), r.rows().get(i)));
        }
        StringBuilder axis = new StringBuilder();
        for (int t = 0; t <= r.total(); t += 5) {
            String label = Integer.toString(t);
            axis.append(label).append(" ".repeat(Math.max(1, 5 - label.length())));
        }
        n.sayPlain("      " + axis.toString().stripTrailing());
        n.sayPlain(Texts.of(MultiprogDemo.class).format("model.total", r.total(), r.cpuBusy(), 100 * r.utilisation()));
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
