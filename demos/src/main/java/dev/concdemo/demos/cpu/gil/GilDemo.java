package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows what a global interpreter lock does, on a JVM that has none: a simulated GIL
 * (CPython's rules, honestly labelled) against the JVM as it is. CPU-bound threads do not
 * speed up under the GIL and do without it; an IO-bound thread waits for the GIL behind a
 * CPU hog (note 003's unfairness, note 004's convoy and thrashing).
 *
 * <p>Try: {@code concdemo gil}, {@code concdemo gil --threads 1,2,4 --n 38}.
 */
@Scenario(chapter = Chapter.CPU, seed = "001 GIL, 003, 004")
@Command(
        name = "gil",
        mixinStandardHelpOptions = true,
        description = {
            "A simulated GIL vs the JVM: CPU-bound scaling, an IO thread behind a hog.",
            "",
            "CPython lets one thread at a time run Python code: the GIL. The JVM has no GIL, so this scenario builds"
                + " one with CPython's rules (hand it over on request every 5 ms; release it around IO) and measures"
                + " both: N threads computing fib(n), and how long an IO-bound thread waits to get back in after each"
                + " 1 ms of IO while a CPU-bound thread runs.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo gil                          threads 1 and 2, fib(38), then the IO thread",
            "  concdemo gil --threads 1,2,4 --n 38",
            "  concdemo gil --switch-interval 1      a shorter interval: less waiting, more switching"
        })
public final class GilDemo extends ScenarioCommand<Record> {
    /** How long each IO experiment runs, before --time-scale. */
    static final Duration IO_WINDOW = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    public GilDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    private final int cores = Runtime.getRuntime().availableProcessors();
    private List<Integer> threads;
    private int n = 38;
    private double intervalMs = SimulatedGil.SWITCH_INTERVAL.toMillis();

    @Option(
            names = "--threads",
            paramLabel = "N",
            split = ",",
            description = "Thread counts for the CPU-bound part (default: 1 and one per core).")
    void setThreads(List<Integer> values) {
        for (int t : values) {
            if (t < 1 || t > 4 * cores) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--threads takes counts from 1 to %d (4 x %d cores), not %d".formatted(4 * cores, cores, t));
            }
        }
        threads = List.copyOf(values);
    }

    @Option(
            names = "--n",
            paramLabel = "N",
            description = "Each CPU-bound thread computes fib(N) (default: 38; 20 to 45).")
    void setN(int value) {
        Ranges.check(spec, "--n", value, 20, 45, "fib(45) takes a while");
        n = value;
    }

    @Option(
            names = "--switch-interval",
            paramLabel = "MS",
            description = "The simulated GIL's switch interval in ms (default: 5, CPython's; 0.1 to 100).")
    void setInterval(double value) {
        Ranges.check(spec, "--switch-interval", value, 0.1, 100, "milliseconds");
        intervalMs = value;
    }

    @Override
    public Integer call() throws InterruptedException {
        Narrator nar = session.narrator(common, 0);
        List<Integer> counts = threads != null ? threads : cores > 1 ? List.of(1, cores) : List.of(1, 2);
        Duration interval = Duration.ofNanos(Math.round(intervalMs * 1_000_000));
        Texts texts = Texts.of(GilDemo.class);
        nar.say("@|bold gil|@" + Texts.between() + texts.format("intro"));
        nar.sayPlain(Width.fill(texts.format("intro.rules", intervalMs)));
        nar.sayPlain("");

        GilRun run = new GilRun(counts, n, interval, time.scaled(IO_WINDOW), nar);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        GilReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(nar, report);
        }
        return ExitCode.OK;
    }

    private void summarize(Narrator nar, GilReport r) {
        nar.sayPlain("");
        Texts texts = Texts.of(GilDemo.class);
        nar.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + texts.format("summary.note", r.cores()));
        Table cpu = new Table(
                "threads",
                "no GIL (JVM)",
                "speedup",
                "simulated GIL",
                "speedup",
                "switches",
                "drop reqs",
                "wasted wakes");
        r.cpu()
                .forEach(c -> cpu.row(
                        c.threads(),
                        Units.seconds(c.noGilMs() * 1_000_000),
                        Units.fixed2(c.noGilSpeedup()) + "x",
                        Units.seconds(c.gilMs() * 1_000_000),
                        Units.fixed2(c.gilSpeedup()) + "x",
                        c.gilSwitches(),
                        c.gilDropRequests(),
                        c.gilWastedWakeups()));
        cpu.lines("  ").forEach(nar::sayPlain);
        Width.wrap(texts.format("legend"), Width.COLUMNS, "   ").forEach(nar::sayPlain);
        nar.sayPlain("");
        Table io = new Table("IO-bound thread", "IO ops/s", "GIL wait p50", "p99", "max");
        r.io().forEach(o -> io.row(
                o.setup(),
                (long) o.opsPerSecond(),
                Units.fixed2(o.p50Ms()) + " ms",
                Units.fixed2(o.p99Ms()) + " ms",
                Units.fixed2(o.maxMs()) + " ms"));
        io.lines("  ").forEach(nar::sayPlain);
        GilReport.OldGilRow old = r.oldGil();
        nar.sayPlain(texts.format(
                "oldGil", old.threads(), old.ms() / 1000.0, old.speedup(), old.switches(), old.wastedWakeups()));
        nar.sayPlain("");
        GilReport.CpuRow last = r.cpu().getLast();
        GilReport.IoRow alone = r.io().getFirst();
        GilReport.IoRow convoy = r.io().getLast();
        long wasted =
                r.cpu().stream().mapToLong(GilReport.CpuRow::gilWastedWakeups).sum();
        GilReport.Race race = r.race();
        List<String> parts = new ArrayList<>();
        if (last.threads() > 1) {
            parts.add(texts.format("cpu", last.threads(), last.gilSpeedup(), last.noGilSpeedup(), r.cores()));
        }
        parts.add(texts.format("cost", r.oneThreadGilCost()));
        parts.add(texts.format(
                "io",
                Units.fixed2(convoy.p50Ms()),
                Units.fixed2(r.switchIntervalMs()),
                convoy.opsPerSecond(),
                alone.opsPerSecond()));
        parts.add(
                old.wastedWakeups() == 0
                        ? texts.format("wakeups.oldNone", old.switches(), old.ms(), wasted)
                        : wasted == 0
                                ? texts.format("wakeups.none", old.wastedWakeups())
                                : texts.format("wakeups.some", wasted, old.wastedWakeups()));
        parts.add(texts.format(
                race.withoutLock() < race.expected() ? "race.lost" : "race.none",
                race.threads(),
                race.withoutLock(),
                race.expected(),
                race.expected() - race.withoutLock(),
                race.lockedIncrements(),
                race.withOwnLock(),
                texts.format(race.withOwnLock() == race.lockedExpected() ? "noneLost" : "lostBug")));
        parts.forEach(p -> nar.sayPlain(Width.fill(p)));
    }
}
