package dev.concdemo.demos.jvm.visibility;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows visibility, the memory model's first question: does a write by one thread ever reach a
 * read in another? A thread spins on a plain {@code boolean}; main sets it. With no
 * happens-before edge between the write and the read (JLS 17.4.5) the JIT may read the field once
 * and spin forever, and C2 does. volatile, AtomicBoolean and VarHandle's getOpaque see the write;
 * so does the plain field in the interpreter (-Xint), which reads memory every time.
 *
 * <p>Try: {@code concdemo visibility --variant plain --wait 3}.
 */
@Scenario(chapter = Chapter.JVM, seed = "JLS 17.4.5 happens-before")
@Command(
        name = "visibility",
        mixinStandardHelpOptions = true,
        description = {
            "A thread spins on a plain boolean that main sets: compiled, it never sees the write.",
            "",
            "Each variant runs in its own JVM: the spin method first runs 300 ms on a flag nobody sets (so that the JIT"
                    + " compiles it), then a spinner starts, main sets its flag 100 ms later and waits --wait for it"
                    + " to stop; a JVM whose spinner never stops is killed. Variants: plain (a plain field), volatile,"
                    + " interpreted (the plain field under -Xint), atomic (AtomicBoolean), opaque (VarHandle"
                    + " getOpaque and Thread.onSpinWait).",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo visibility --variant plain --wait 3")
public final class VisibilityDemo extends ScenarioCommand<VisibilityReport> {
    private volatile VisibilityRun run; // this run's; read by the thread that tells an interrupt

    public VisibilityDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of();
    }

    @Option(
            names = "--variant",
            paramLabel = "NAME",
            description = "plain, volatile, interpreted, atomic, opaque or all (default: all).")
    private String variant = "all";

    @Option(
            names = "--wait",
            paramLabel = "S",
            description = "Seconds each JVM waits for its spinner to stop before we end it (default: 1; 0.2 to 60).")
    private double waitSeconds = 1;

    @Override
    protected void check() {
        if (!variant.equals("all") && !VisibilityRun.VARIANTS.contains(variant)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--variant: expected one of %s or all, got '%s'"
                            .formatted(String.join(", ", VisibilityRun.VARIANTS), variant));
        }
        Ranges.check(spec, "--wait", waitSeconds, 0.2, 60, "a stop takes microseconds; longer only waits");
    }

    private List<String> variants() {
        return variant.equals("all") ? VisibilityRun.VARIANTS : List.of(variant);
    }

    @Override
    protected List<String> labels() {
        return List.of(VisibilityRun.MAIN);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold visibility|@"
                + Texts.of(VisibilityDemo.class)
                        .format("opening", String.join(", ", variants()), VisibilityRun.seconds(waitMs())));
        narrator.sayPlain("");
    }

    private long waitMs() {
        return Math.round(waitSeconds * 1000);
    }

    @Override
    protected VisibilityReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new VisibilityRun(variants(), waitMs(), narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        VisibilityRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, VisibilityReport report) {
        VisibilitySummary.print(narrator, report);
    }
}
