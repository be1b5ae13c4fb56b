package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
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
public final class SemaphoreDemo extends ScenarioCommand<Record> {
    /** The seed's time.sleep(3) while holding a permit, before --time-scale. */
    static final Duration SEED_HOLD = Duration.ofSeconds(3);

    static final int CHART_WIDTH = 60;

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

    @Override
    public Integer call() throws InterruptedException {
        Ranges.check(spec, "--permits", permits, 1, 100, null);
        Ranges.check(spec, "--threads", threads, 1, 1000, null);
        Narrator n = session.narrator(common, 10);
        Duration hold = time.scaled(SEED_HOLD);
        n.say("@|bold semaphore|@"
                + Texts.of(SemaphoreDemo.class).format("opening", permits, threads, hold.toNanos() / 1e9));
        n.sayPlain("");
        SemaphoreRun run = new SemaphoreRun(permits, threads, hold, n);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        SemaphoreRun.Outcome outcome;
        try (var _ = n.expect(run.lowerBound(), time.shorten(run.lowerBound()))) {
            outcome = run.run();
        }
        common.print(session, outcome.report(), () -> summarize(n, outcome, hold));
        return ExitCode.OK;
    }

    private void summarize(Narrator n, SemaphoreRun.Outcome o, Duration hold) {
        SemaphoreReport r = o.report();
        n.sayPlain("");
        Texts t = Texts.of(SemaphoreDemo.class);
        n.say("@|bold " + Texts.heading("Threads inside over time") + "|@" + Texts.between()
                + t.format("chart", t.format(r.permits() == 1 ? "permit" : "permits", r.permits())));
        Chart.levels(o.inside(), o.start(), o.end(), r.permits(), CHART_WIDTH, "  ")
                .forEach(n::sayPlain);
        n.sayPlain(Chart.axis(o.start(), o.end(), CHART_WIDTH + 1, "     "));
        n.sayPlain("");
        n.sayPlain("  most inside at once, measured: %d (permits: %d); %d of %d threads finished"
                .formatted(r.maxInside(), r.permits(), r.finished(), r.threads()));
        n.sayPlain("  elapsed %s: %d waves of %s (at least %s)"
                .formatted(
                        Units.seconds(o.end() - o.start()),
                        r.waves(),
                        Units.seconds(hold.toNanos()),
                        Units.seconds(r.lowerBoundMs() * 1_000_000)));
        n.sayPlain("");
        Texts words = Texts.of(SemaphoreDemo.class);
        n.sayPlain(words.format(
                "summary",
                words.format(r.permits() == 1 ? "permit" : "permits", r.permits()),
                r.maxInside(),
                words.format(r.threads() == 1 ? "thread" : "threads", r.threads()),
                words.format(r.waves() == 1 ? "wave" : "waves", r.waves())));
    }
}
