package dev.concdemo.demos.cpu.cpuvsio;

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
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Measures the seeds' rule of thumb: CPU-bound work wants as many workers as there are
 * cores; IO-bound work wants as many as there are waits, which threads (or, cheaper,
 * virtual threads) give. The same two loads run on five kinds of workers.
 *
 * <p>Try: {@code concdemo cpu-vs-io}.
 */
@Scenario(chapter = Chapter.CPU, seed = "001 应用场景, 004")
@Command(
        name = "cpu-vs-io",
        mixinStandardHelpOptions = true,
        description = {
            "CPU- and IO-bound loads on threads, child JVMs and virtual threads.",
            "",
            "CPU-bound tasks compute the whole time (fib); IO-bound tasks wait the whole time (a sleep standing for a"
                + " network round trip). The table shows the seeds' rule: CPU-bound work speeds up only to the number"
                + " of cores; IO-bound work speeds up with every task that can wait at the same time.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo cpu-vs-io",
            "  concdemo cpu-vs-io --io-tasks 1000 --time-scale 0.5   where virtual threads shine",
            "  concdemo cpu-vs-io --json"
        })
public final class CpuVsIoDemo extends ScenarioCommand {
    /** Each IO-bound task's wait, before --time-scale. */
    static final Duration IO_WAIT = Duration.ofMillis(50);

    private final TimeScaleOption time = new TimeScaleOption();

    public CpuVsIoDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    private final int cores = Runtime.getRuntime().availableProcessors();
    private int cpuTasks = 8;
    private int fibN = 38;
    private int ioTasks = 40;

    @Option(names = "--cpu-tasks", paramLabel = "N", description = "CPU-bound tasks (default: 8; 1 to 256).")
    void setCpuTasks(int value) {
        cpuTasks = check("--cpu-tasks", value, 1, 256);
    }

    @Option(
            names = "--n",
            paramLabel = "N",
            description = "Each CPU-bound task computes fib(N) (default: 38; 20 to 42).")
    void setFibN(int value) {
        fibN = check("--n", value, 20, 42);
    }

    @Option(
            names = "--io-tasks",
            paramLabel = "N",
            description = "IO-bound tasks, each waiting 50 ms (default: 40; 1 to 10000).")
    void setIoTasks(int value) {
        ioTasks = check("--io-tasks", value, 1, 10_000);
    }

    private int check(String option, int value, int min, int max) {
        Ranges.check(spec, option, value, min, max, null);
        return value;
    }

    @Override
    public Integer call() throws Exception {
        Narrator n = session.narrator(common, 8);
        Duration wait = time.scaled(IO_WAIT);
        n.say("@|bold cpu-vs-io|@ (seeds 001, 004), on %d cores:".formatted(cores));
        n.sayPlain("  CPU-bound load: %s, each computing fib(%d)".formatted(Units.count(cpuTasks, "task"), fibN));
        n.sayPlain("  IO-bound load:  %s, each waiting %s (a sleep standing for a network round trip)"
                .formatted(Units.count(ioTasks, "task"), Units.millis(wait.toNanos())));
        n.sayPlain("");

        CpuVsIoRun run = new CpuVsIoRun(cores, cpuTasks, fibN, ioTasks, wait, n);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        CpuVsIoReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(n, report);
        }
        return ExitCode.OK;
    }

    private static void summarize(Narrator n, CpuVsIoReport r) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@ (speedup: against 1 thread)");
        Table table = new Table("workers", "CPU-bound", "speedup", "IO-bound", "speedup");
        r.rows()
                .forEach(row -> table.row(
                        row.workers(),
                        Units.seconds(row.cpuMs() * 1_000_000),
                        Units.fixed2(row.cpuSpeedup()) + "x",
                        Units.seconds(row.ioMs() * 1_000_000),
                        Units.fixed2(row.ioSpeedup()) + "x"));
        table.lines("  ").forEach(n::sayPlain);
        double bestCpu = r.rows().stream()
                .mapToDouble(CpuVsIoReport.Row::cpuSpeedup)
                .max()
                .orElse(1);
        double bestIo = r.rows().stream()
                .mapToDouble(CpuVsIoReport.Row::ioSpeedup)
                .max()
                .orElse(1);
        n.sayPlain("");
        Texts texts = Texts.of(CpuVsIoDemo.class);
        n.sayPlain(texts.format(bestCpu <= r.cores() * 1.1 ? "cpu" : "cpu.above", bestCpu, r.cores()));
        n.sayPlain(texts.format("io", bestIo));
        CpuVsIoReport.Row mix = r.rows().getLast();
        n.sayPlain(texts.format(
                mix.cpuSpeedup() > 1 && mix.ioSpeedup() > 1 ? "mix" : "mix.costly",
                Units.count(r.cores(), "child JVM"),
                mix.cpuSpeedup(),
                mix.ioSpeedup()));
    }
}
