package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the notes' rule of thumb: CPU-bound work wants as many workers as there are
 * cores (and, in CPython, processes); IO-bound work wants as many as there are waits, which
 * threads (or, cheaper, virtual threads) give. The same two loads run on six kinds of workers,
 * then a small CPU-bound load shows where a child JVM's start-up outweighs what it computes.
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
                + " network round trip). The table shows the notes' rule: CPU-bound work speeds up only to the number"
                + " of cores; IO-bound work speeds up with every task that can wait at the same time. A small"
                + " CPU-bound load then shows where child JVMs stop paying for their start.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo cpu-vs-io",
            "  concdemo cpu-vs-io --n 38                          a small load: child JVM start-up dominates",
            "  concdemo cpu-vs-io --io-tasks 1000 --time-scale 0.5   where virtual threads shine",
            "  concdemo cpu-vs-io --json",
            "  concdemo cpu-vs-io --python                        both loads in a real CPython, beside"
        })
public final class CpuVsIoDemo extends ScenarioCommand<CpuVsIoReport> {
    /**
     * Each CPU-bound task computes fib(DEFAULT_N) by default: 8 of them take ~2.4 s on one thread
     * here, enough for child JVMs (~0.4 s to start and warm up) to pay for their start on 2 cores.
     * At fib(38), 1/7 of that, their start-up dominates: the run shows that size too.
     */
    static final int DEFAULT_N = 42;

    /** Each IO-bound task's wait, before --time-scale. */
    static final Duration IO_WAIT = Duration.ofMillis(50);

    private final TimeScaleOption time = new TimeScaleOption();
    private final PythonOption python = new PythonOption();

    public CpuVsIoDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, python);
    }

    private final int cores = Runtime.getRuntime().availableProcessors();
    private int cpuTasks = 8;
    private int fibN = DEFAULT_N;
    private int ioTasks = 40;

    @Option(names = "--cpu-tasks", paramLabel = "N", description = "CPU-bound tasks (default: 8; 1 to 256).")
    void setCpuTasks(int value) {
        cpuTasks = check("--cpu-tasks", value, 1, 256);
    }

    @Option(
            names = "--n",
            paramLabel = "N",
            description = "Each CPU-bound task computes fib(N) (default: " + DEFAULT_N + "; 16 to 45).")
    void setFibN(int value) {
        fibN = check("--n", value, 16, 45);
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

    private CpuVsIoRun current;
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    @Override
    protected void prepare() {
        current = null; // a Ctrl-C before this run starts has nothing to tell
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return List.of(CpuVsIoRun.LABEL, CPythonRun.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts texts = Texts.of(CpuVsIoDemo.class);
        narrator.say("@|bold cpu-vs-io|@" + Texts.between() + texts.format("intro", cores));
        narrator.sayPlain(texts.format("intro.cpu", cpuTasks, fibN));
        narrator.sayPlain(texts.format("intro.io", ioTasks, time.scaled(IO_WAIT).toNanos() / 1e6));
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(texts.format("intro.python", interpreter)));
        }
        narrator.sayPlain("");
    }

    @Override
    protected CpuVsIoReport run(Narrator narrator) throws Exception {
        current = new CpuVsIoRun(cores, cpuTasks, fibN, ioTasks, time.scaled(IO_WAIT), narrator);
        CpuVsIoReport java = current.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(java, time.scaled(IO_WAIT));
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    public List<Figure> figures(CpuVsIoReport report) {
        return CpuVsIoFigures.of(report, py);
    }

    @Override
    protected String soFar() {
        return current == null ? null : current.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, CpuVsIoReport report) {
        CpuVsIoSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
