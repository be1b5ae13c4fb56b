package dev.concdemo.demos.sync.race;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.EnumConverter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Shows a race condition: a read-modify-write of shared data by several threads at once
 * loses updates (seed 001, 线程互斥锁: ticket -= 1; seed 003's Var += 1). Many trials, and a
 * table of final values as jcstress prints its outcomes; then the lock and atomic fixes.
 *
 * <p>Try: {@code concdemo race}, then {@code concdemo race --variant lock --time-scale 0.1}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 线程互斥锁, 003 Var += 1")
@Command(
        name = "race",
        mixinStandardHelpOptions = true,
        description = {
            "Unsynchronized ticket -= 1 loses updates; a lock or an atomic never does.",
            "",
            "Each thread reads the shared ticket (100), pauses 0.1 s, and writes its value minus one. The pause is"
                    + " ours, not the seed's (its ticket -= 1 has none): it widens the window so the race is lost every"
                    + " time; --no-pause shows how rarely it is lost without it. Run many times, the final values are"
                    + " counted as jcstress counts outcomes: only 100 - threads is correct.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo race                                  lost updates, in every trial",
            "  concdemo race --variant lock --time-scale 0.1  the seed's mutex: always 90",
            "  concdemo race --variant atomic                 decrementAndGet: always 90",
            "  concdemo race --no-pause --trials 1000         the seed's code as it is: rarely lost",
            "  concdemo race --trials 100 --json"
        })
public final class RaceDemo extends ScenarioCommand<Record> {
    /**
     * Our pause between read and write, before --time-scale. Not the seed's: its ticket -= 1
     * has none. It widens the window between the two steps so that the race shows every time.
     */
    static final Duration PAUSE = Duration.ofMillis(100);

    static final class VariantConverter extends EnumConverter<RaceTrials.Variant> {
        VariantConverter() {
            super(RaceTrials.Variant.class);
        }
    }

    private final TimeScaleOption time = new TimeScaleOption();

    public RaceDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(
            names = "--variant",
            paramLabel = "V",
            converter = VariantConverter.class,
            description = "unsafe (read, pause, write), lock (the seed's mutex) or atomic (decrementAndGet). Default:"
                    + " unsafe.")
    private RaceTrials.Variant variant = RaceTrials.Variant.UNSAFE;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads, each decrementing once (default: 10, as the seed; 2 to 200).")
    private int threads = 10;

    @Option(names = "--trials", paramLabel = "T", description = "How many times to run it (default: 20; 1 to 10000).")
    private int trials = 20;

    @Option(
            names = "--start",
            paramLabel = "S",
            description = "The ticket's starting value (default: 100, as the seed).")
    private int start = 100;

    @Option(
            names = "--no-pause",
            description = "Read and write back to back, as the seed's ticket -= 1 does: no pause of ours between them.")
    private boolean noPause;

    @Override
    public Integer call() throws InterruptedException {
        Ranges.check(spec, "--threads", threads, 2, 200, "a race needs two");
        Ranges.check(spec, "--trials", trials, 1, 10_000, null);
        Narrator n = session.narrator(common, 9);
        Duration pause = noPause ? Duration.ZERO : time.scaled(PAUSE);
        n.say("@|bold race|@"
                + Texts.of(RaceDemo.class).format(trials == 1 ? "opening.1" : "opening", threads, start, trials));
        n.sayPlain("  each: " + describe(pause));
        n.sayPlain("");

        RaceRun run = new RaceRun(variant, threads, start, trials, pause, n);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        RaceReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(n, report);
        }
        return ExitCode.OK;
    }

    private String describe(Duration pause) {
        return switch (variant) {
            case UNSAFE -> "read, %s, write, unsynchronized".formatted(pause(pause));
            case LOCK -> "read, %s, write, under one ReentrantLock".formatted(pause(pause));
            case ATOMIC -> "AtomicInteger.decrementAndGet(), one indivisible step";
        };
    }

    private static String pause(Duration pause) {
        return pause.isZero()
                ? "no pause (as the seed)"
                : "pause %s (ours, to widen the window)".formatted(Units.millis(pause.toNanos()));
    }

    private static void summarize(Narrator n, RaceReport r) {
        n.sayPlain("");
        Texts t = Texts.of(RaceDemo.class);
        n.say("@|bold " + Texts.heading("Outcomes") + "|@" + Texts.between()
                + t.format(
                        "heading",
                        r.variant(),
                        t.format(r.trials() == 1 ? "trial" : "trials", r.trials()),
                        r.expected()));
        Table table = new Table("final ticket", "trials", "share", "verdict");
        r.outcomes()
                .forEach((value, count) -> table.row(
                        value,
                        count,
                        String.format(Locale.ROOT, "%.1f%%", 100.0 * count / r.trials()),
                        value == r.expected()
                                ? "correct"
                                : "LOST UPDATES: %d of %d decrements".formatted(value - r.expected(), r.threads())));
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain("  elapsed " + Units.seconds(r.elapsedMs() * 1_000_000));
        n.sayPlain("");
        n.sayPlain(summary(r));
    }

    /** The closing paragraph, chosen by the variant and what was lost; every count with its noun. */
    static String summary(RaceReport r) {
        Texts t = Texts.of(RaceDemo.class);
        String trials = t.format(r.trials() == 1 ? "trial" : "trials", r.trials());
        return switch (r.variant()) {
            case "unsafe" ->
                r.trialsWithLostUpdates() == 0
                        ? t.format("unsafe.none", trials)
                        : t.format(
                                r.pauseMs() == 0 ? "unsafe.nopause" : "unsafe",
                                r.trialsWithLostUpdates(),
                                trials,
                                t.format(r.lostUpdates() == 1 ? "decrement" : "decrements", r.lostUpdates()));
            case "lock" -> t.format("lock", trials, r.threads(), Units.fixed2(r.pauseMs()));
            default -> t.format("atomic", trials);
        };
    }
}
