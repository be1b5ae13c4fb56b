package dev.concdemo.demos.jvm.reorder;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Java memory model lets a thread's loads and stores to different fields appear out of
 * order to another thread unless something (volatile, a lock) orders them. Store buffering,
 * {@code x = 1; r1 = y} ‖ {@code y = 1; r2 = x}, over millions of trials on two threads, the
 * way jcstress runs it: r1 = r2 = 0, which no interleaving gives, counted with plain fields and
 * never seen with volatile ones; then message passing with a plain and a volatile flag.
 *
 * <p>Try: {@code concdemo reorder --trials 4000000}. Sample (2 cores, load ~2.5), plain fields:
 *
 * <pre>
 *   r1, r2  count      share   expect       description
 *   0, 0    1,335,878  33.40%  Interesting  allowed by the model, needs reordering
 * </pre>
 */
@Scenario(chapter = Chapter.JVM, seed = "JLS 17.4, jcstress's store buffering")
@Command(
        name = "reorder",
        mixinStandardHelpOptions = true,
        description = {
            "Memory model, part 2: store buffering and message passing over millions of trials.",
            "",
            "Two long-lived threads run x = 1; r1 = y and y = 1; r2 = x over batches of fresh fields, meeting"
                    + " before and after each batch, and every trial's (r1, r2) is counted, as jcstress does: with"
                    + " plain int fields, then with volatile ones. Then message passing: data = 42; flag = true"
                    + " against if (flag) r = data, with a plain and with a volatile flag.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo reorder", "  concdemo reorder --trials 20000000 --json"})
public final class ReorderDemo extends ScenarioCommand<ReorderReport> {
    private volatile ReorderRun run; // this run's; read by the thread that tells an interrupt

    public ReorderDemo(Session session) {
        super(session);
    }

    static final long DEFAULT_TRIALS = 4_000_000;

    @Option(
            names = "--trials",
            paramLabel = "N",
            description = "Trials in each of the four experiments (default: 4000000; 1000 to 500000000).")
    private long trials = DEFAULT_TRIALS;

    @Override
    protected void check() {
        Ranges.check(spec, "--trials", trials, 1000, 500_000_000, null);
    }

    @Override
    protected List<String> labels() {
        return List.of(ReorderRun.MAIN, Harness.ACTOR1, Harness.ACTOR2);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold reorder|@" + Texts.of(ReorderDemo.class).format("opening", trials, ReorderRun.BATCH));
    }

    /** About what a trial costs, all four experiments together, on a busy 2-core machine. */
    private static final long NANOS_PER_TRIAL = 700;

    @Override
    protected Expected expected() {
        long shorter = DEFAULT_TRIALS;
        return new Expected(
                Duration.ofNanos(trials * NANOS_PER_TRIAL),
                Texts.of(ReorderDemo.class).format("shorten", shorter, Units.secondsSaid(shorter * NANOS_PER_TRIAL)));
    }

    @Override
    protected ReorderReport run(Narrator narrator) throws InterruptedException {
        run = new ReorderRun(trials, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        ReorderRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, ReorderReport report) {
        ReorderSummary.print(narrator, report);
    }
}
