package dev.concdemo.demos.jvm.phaser;

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
 * Shows a {@code Phaser}: a reusable barrier whose parties may join (register) and leave
 * (arriveAndDeregister) between phases, whose phases are numbered, and whose onAdvance decides
 * when it ends. A crew of workers goes through the phases; one joins at phase 1, one leaves
 * after phase 2, and one arrives in phase 1 without waiting for the others.
 *
 * <p>Try: {@code concdemo phaser --phases 5 --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.Phaser")
@Command(
        name = "phaser",
        mixinStandardHelpOptions = true,
        description = {
            "A Phaser: parties join and leave between phases; one arrives and does not wait.",
            "",
            "Three workers go through numbered phases of 0.2 to 0.6 s of work each (from --seed). At phase 1 worker-1"
                    + " registers worker-4; in phase 1 worker-2 calls arrive() and goes on at once; after phase 2"
                    + " worker-3 arrives and deregisters. After the last phase onAdvance returns true: the phaser"
                    + " is terminated.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo phaser --phases 5 --time-scale 0.5")
public final class PhaserDemo extends ScenarioCommand<PhaserReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    private volatile PhaserRun run; // this run's; read by the thread that tells an interrupt

    public PhaserDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(
            names = "--phases",
            paramLabel = "N",
            description = "Phases before onAdvance ends the phaser (default: 4; 3 to 20).")
    private int phases = 4;

    private long seed; // drawn once, when the run is introduced

    @Override
    protected void check() {
        Ranges.check(spec, "--phases", phases, 3, 20, "a worker joins at phase 1 and one leaves after phase 2");
    }

    @Override
    protected List<String> labels() {
        return List.of("main", PhaserRun.name(PhaserRun.CREW + 1));
    }

    @Override
    protected void introduce(Narrator narrator) {
        seed = seeds.draw();
        narrator.say("@|bold phaser|@" + Texts.of(PhaserDemo.class).format("opening", PhaserRun.CREW, phases, seed));
        narrator.sayPlain("");
    }

    @Override
    protected PhaserReport run(Narrator narrator) throws InterruptedException {
        run = new PhaserRun(phases, seed, time::scaled, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        PhaserRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, PhaserReport report) {
        PhaserSummary.print(narrator, report);
    }
}
