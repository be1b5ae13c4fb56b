package dev.concdemo.demos.jvm.latch;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows a {@code CountDownLatch}: a count that threads wait on until it reaches zero, counted
 * down by others, once each, and never reset. As a start gate ({@code CountDownLatch(1)}) one
 * countDown releases every waiting runner together; as an end gate ({@code CountDownLatch(N)})
 * main waits until all N have counted down. At zero a countDown does nothing and an await
 * returns at once: unlike chapter 2's CyclicBarrier, a latch cannot be used again.
 *
 * <p>Try: {@code concdemo latch --runners 6 --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.CountDownLatch")
@Command(
        name = "latch",
        mixinStandardHelpOptions = true,
        description = {
            "A CountDownLatch as a start gate and an end gate; at zero it stays open for good.",
            "",
            "Runners warm up for 0.2 to 1.2 s (from --seed) and wait at a start gate, a CountDownLatch(1); main counts"
                    + " it down once and all go together. Each runs 0.2 to 1.2 s and counts down the end gate, a"
                    + " CountDownLatch(N), that main waits on. Then the end gate, at zero, is counted down again"
                    + " (nothing happens) and awaited again (it returns at once: a latch is not reusable).",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo latch --runners 6 --time-scale 0.5")
public final class LatchDemo extends ScenarioCommand<LatchReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    private volatile LatchRun run; // this run's; read by the thread that tells an interrupt

    public LatchDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(names = "--runners", paramLabel = "N", description = "Threads at the gates (default: 4; 2 to 100).")
    private int runners = 4;

    private long seed; // drawn once, when the run is introduced

    @Override
    protected void check() {
        Ranges.check(spec, "--runners", runners, 2, 100, "a gate for one is no gate");
    }

    @Override
    protected List<String> labels() {
        return List.of(LatchRun.MAIN, LatchRun.name(runners));
    }

    @Override
    protected void introduce(Narrator narrator) {
        seed = seeds.draw();
        narrator.say("@|bold latch|@" + Texts.of(LatchDemo.class).format("opening", runners, runners, seed));
        narrator.sayPlain("");
    }

    @Override
    protected LatchReport run(Narrator narrator) throws InterruptedException {
        run = new LatchRun(runners, seed, time::scaled, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        LatchRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, LatchReport report) {
        LatchSummary.print(narrator, report);
    }
}
