package dev.concdemo.demos.sync.deadlock;

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
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Shows a deadlock: two locks taken in opposite orders (ABBA) by the seed's ten threads,
 * detected by a watchdog that prints the wait-for cycle and breaks it; and three fixes.
 *
 * <p>A deadlock is two or more threads each waiting for a resource another of them holds,
 * so that none can ever proceed without outside help (seed 001, 死锁).
 *
 * <p>Try: {@code concdemo deadlock}, then {@code concdemo deadlock --fix order --time-scale 0.1}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 死锁与递归锁")
@Command(
        name = "deadlock",
        mixinStandardHelpOptions = true,
        description = {
            "Two locks taken in ABBA order deadlock; a watchdog finds the cycle, breaks it.",
            "",
            "The seed's ten threads each run func1 (take A, then B) and func2 (take B, sleep 2 s, take A). "
                    + "One thread sleeps holding B while another holds A and waits for B: when the sleeper wants A, "
                    + "neither can move. A watchdog polls ThreadMXBean.findDeadlockedThreads, prints the wait-for "
                    + "cycle, and breaks it the way a database does, by interrupting a victim.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo deadlock                  the seed's deadlock, found and broken",
            "  concdemo deadlock --fix rlock --time-scale 0.1",
            "                                     one reentrant lock under both names",
            "  concdemo deadlock --fix order --time-scale 0.1",
            "                                     always A before B",
            "  concdemo deadlock --fix trylock --json",
            "                                     timed tryLock with back-off, as JSON"
        })
public final class DeadlockDemo extends ScenarioCommand<DeadlockReport> {
    static final int MAX_THREADS = 200;

    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    public DeadlockDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(
            names = "--fix",
            paramLabel = "FIX",
            defaultValue = "none",
            converter = Fix.Converter.class,
            completionCandidates = DeadlockDemo.Fixes.class,
            description = "none (the seed's ABBA order), rlock (mutexA = mutexB = RLock()), order (A before B) "
                    + "or trylock (timed tryLock, back off, retry). Default: ${DEFAULT-VALUE}.")
    private Fix fix;

    private int threads = 10;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "How many threads run func1 and func2 (default: 10, as the seed; 2 to " + MAX_THREADS + ").")
    void setThreads(int value) {
        Ranges.check(spec, "--threads", value, 2, MAX_THREADS, "a deadlock needs two");
        threads = value;
    }

    /** The values --fix completes to, as typed. */
    static final class Fixes extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Fixes() {
            super(java.util.Arrays.stream(Fix.values()).map(Fix::toString).toList());
        }
    }

    private DeadlockRun.Settings settings; // this run's: the trylock back-off's seed drawn afresh

    @Override
    protected void prepare() {
        settings = new DeadlockRun.Settings(fix, threads, time.timeScale(), seeds.draw());
    }

    @Override
    protected List<String> labels() {
        return List.of(Worker.name(threads), Watchdog.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        DeadlockRun.Settings s = settings;
        Texts texts = Texts.of(DeadlockDemo.class);
        narrator.say("@|bold deadlock|@"
                + texts.format("opening", s.threads(), s.pause().toNanos() / 1e9));
        narrator.say(texts.format(
                "fix",
                s.fix(),
                texts.format("fix." + s.fix()),
                s.fix() == Fix.TRYLOCK ? texts.format("try", s.tryTimeout().toNanos() / 1e9, s.seed()) : ""));
        narrator.sayPlain("");
    }

    @Override
    protected Expected expected() {
        Duration about = fix == Fix.NONE ? settings.pause() : settings.lowerBound();
        return new Expected(about, time.shorten(about));
    }

    @Override
    protected DeadlockReport run(Narrator narrator) throws InterruptedException {
        return new DeadlockRun(settings, narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, DeadlockReport report) {
        DeadlockSummary.print(narrator, settings, report);
    }

    @Override
    protected int exitCode(DeadlockReport report) {
        if (report.timedOut()) {
            session.err().println("concdemo deadlock: the run overran its deadline and was cancelled");
            return ExitCode.SOFTWARE;
        }
        return ExitCode.OK;
    }
}
