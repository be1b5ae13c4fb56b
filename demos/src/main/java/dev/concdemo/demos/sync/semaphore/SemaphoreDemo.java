package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows a counting semaphore (seed 001, 信号量): a lock with several keys. Semaphore(5) lets
 * at most five of the seed's 23 threads in at once ("a toilet with five stalls"); the rest
 * wait for a permit. Every enter and leave is recorded, charted over time, and the measured
 * maximum printed.
 *
 * <p>Try: {@code concdemo semaphore --time-scale 0.2}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 信号量")
@Command(
        name = "semaphore",
        mixinStandardHelpOptions = true,
        description = {
            "Semaphore(5) and 23 threads: never more than 5 inside, charted over time.",
            "",
            "Each thread takes a permit, says so (the seed's 'get sm'), stays 3 s, and gives it back. A semaphore of"
                    + " one permit is a mutex; of five, five threads at once. Every enter and leave is recorded under a"
                    + " lock, so the maximum printed is the real maximum.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo semaphore                    the seed's 5 permits, 23 threads (about 15 s)",
            "  concdemo semaphore --time-scale 0.2   the same in about 3 s",
            "  concdemo semaphore --permits 1        a mutex"
        })
public final class SemaphoreDemo extends ScenarioCommand<SemaphoreReport> {
    /** The seed's time.sleep(3) while holding a permit, before --time-scale. */
    static final Duration SEED_HOLD = Duration.ofSeconds(3);

    private final TimeScaleOption time = new TimeScaleOption();

    public SemaphoreDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(names = "--permits", paramLabel = "P", description = "Permits (default: 5, as the seed; 1 to 100).")
    private int permits = 5;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads wanting a permit (default: 23, as the seed; 1 to 1000).")
    private int threads = 23;

    private SemaphoreRun run; // this run's, made as it is introduced
    private SemaphoreRun.Outcome outcome; // the chart's timeline beside the report

    @Override
    protected void check() {
        Ranges.check(spec, "--permits", permits, 1, 100, null);
        Ranges.check(spec, "--threads", threads, 1, 1000, null);
    }

    @Override
    protected List<String> labels() {
        return List.of(SemaphoreRun.name(threads));
    }

    @Override
    protected void introduce(Narrator narrator) {
        run = new SemaphoreRun(permits, threads, time.scaled(SEED_HOLD), narrator);
        narrator.say("@|bold semaphore|@"
                + Texts.of(SemaphoreDemo.class)
                        .format(
                                "opening",
                                permits,
                                threads,
                                time.scaled(SEED_HOLD).toNanos() / 1e9));
        narrator.sayPlain("");
    }

    @Override
    protected Expected expected() {
        return new Expected(run.lowerBound(), time.shorten(run.lowerBound()));
    }

    @Override
    protected SemaphoreReport run(Narrator narrator) throws InterruptedException {
        outcome = run.run();
        return outcome.report();
    }

    @Override
    public List<Figure> figures(SemaphoreReport report) {
        return SemaphoreFigures.of(report);
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, SemaphoreReport report) {
        SemaphoreSummary.print(narrator, outcome, time.scaled(SEED_HOLD));
    }
}
