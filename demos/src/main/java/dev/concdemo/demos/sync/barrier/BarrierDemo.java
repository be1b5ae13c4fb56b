package dev.concdemo.demos.sync.barrier;

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
 * Shows a barrier (seed 000: threading's Barrier): threads that arrive at different times
 * all wait at the barrier and are released together when the last one arrives, like runners
 * at a starting line. Java's CyclicBarrier can be used again for the next lap.
 *
 * <p>Try: {@code concdemo barrier --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "000 names Barrier")
@Command(
        name = "barrier",
        mixinStandardHelpOptions = true,
        description = {
            "Runners reach a CyclicBarrier at different times and all start together.",
            "",
            "Each runner takes 0.5 to 2 s (from --seed) to reach the line, then waits. When the last arrives, all are "
                    + "released at once: the arrival times spread over seconds, the start times over milliseconds.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo barrier --runners 5 --laps 2 --time-scale 0.5")
public final class BarrierDemo extends ScenarioCommand<BarrierReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    public BarrierDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(
            names = "--runners",
            paramLabel = "N",
            description = "Threads meeting at the barrier (default: 4; 2 to 100).")
    private int runners = 4;

    @Option(names = "--laps", paramLabel = "N", description = "Times the same barrier is used (default: 2; 1 to 20).")
    private int laps = 2;

    private long seed; // drawn once, when the run is introduced

    @Override
    protected void check() {
        Ranges.check(spec, "--runners", runners, 2, 100, "a barrier needs two");
        Ranges.check(spec, "--laps", laps, 1, 20, null);
    }

    @Override
    protected List<String> labels() {
        return List.of(BarrierRun.name(runners), BarrierRun.BARRIER);
    }

    @Override
    protected void introduce(Narrator narrator) {
        seed = seeds.draw();
        narrator.say("@|bold barrier|@" + Texts.of(BarrierDemo.class).format("opening", runners, runners, laps, seed));
        narrator.sayPlain("");
    }

    @Override
    protected BarrierReport run(Narrator narrator) throws InterruptedException {
        return new BarrierRun(runners, laps, seed, time::scaled, narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, BarrierReport report) {
        BarrierSummary.print(narrator, report);
    }
}
