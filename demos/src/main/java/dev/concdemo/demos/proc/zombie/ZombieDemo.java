package dev.concdemo.demos.proc.zombie;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.proc.NativeChild;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A zombie process (seed 001, 僵尸进程): one that has ended but is not yet reaped, its pid
 * still taken; the danger of a parent that never reaps; the fix. Linux only.
 *
 * <p>Try: {@code concdemo zombie}, then {@code concdemo zombie --children 200}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 僵尸进程")
@Command(
        name = "zombie",
        mixinStandardHelpOptions = true,
        description = {
            "A real zombie (state Z in /proc), reaped; a parent that never reaps; the fix (join).",
            "",
            "The children are started with posix_spawn through FFM, because the JDK reaps every child it starts"
                    + " itself the moment it ends. Linux only: elsewhere the scenario says so and ends.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo zombie", "  concdemo zombie --children 200 --time-scale 0.2"})
public final class ZombieDemo extends ScenarioCommand<ZombieReport> {
    /** How long the first child lives, and how long its zombie is kept on show (ours, not the seed's). */
    static final Duration CHILD_LIFE = Duration.ofMillis(300);

    static final Duration HOLD = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(
            names = "--children",
            paramLabel = "N",
            description = "Children the careless parent starts and never reaps (default: 20; 1 to 1000).")
    private int children = 20;

    public ZombieDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected void check() {
        Ranges.check(spec, "--children", children, 1, 1000, "each is a process of the OS's");
        if (!NativeChild.supported()) { // one line, exit 1: nothing here can run
            throw new ScenarioFailure("Linux only (it reads /proc and starts children with posix_spawn); this is "
                    + System.getProperty("os.name"));
        }
    }

    private ZombieRun run;

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest());
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold zombie|@"
                + Texts.of(ZombieDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
    }

    @Override
    protected ZombieReport run(Narrator narrator) throws InterruptedException {
        run = new ZombieRun(narrator, time.scaled(CHILD_LIFE), time.scaled(HOLD), children);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, ZombieReport report) {
        ZombieSummary.print(narrator, report);
    }
}
