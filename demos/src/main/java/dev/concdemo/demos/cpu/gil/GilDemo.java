package dev.concdemo.demos.cpu.gil;

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
            "  concdemo gil --switch-interval 1      a shorter interval: less waiting, more switching",
            "  concdemo gil --python                 the same experiments in a real CPython, beside"
        })
public final class GilDemo extends ScenarioCommand<GilReport> {
    /** How long each IO experiment runs, before --time-scale. */
    static final Duration IO_WINDOW = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();
    private final PythonOption python = new PythonOption();

    public GilDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, python);
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

    private List<Integer> counts; // this run's: the default depends on the cores
    private GilRun current;
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    @Override
    protected void prepare() {
        counts = threads != null ? threads : cores > 1 ? List.of(1, cores) : List.of(1, 2);
        current = null;
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return List.of(GilRun.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts texts = Texts.of(GilDemo.class);
        narrator.say("@|bold gil|@" + Texts.between() + texts.format("intro"));
        narrator.sayPlain(Width.fill(texts.format("intro.rules", intervalMs)));
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(texts.format("intro.python", interpreter)));
        }
        narrator.sayPlain("");
    }

    @Override
    protected GilReport run(Narrator narrator) throws InterruptedException {
        Duration interval = Duration.ofNanos(Math.round(intervalMs * 1_000_000));
        current = new GilRun(counts, n, interval, time.scaled(IO_WINDOW), narrator);
        GilReport java = current.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(java, counts, time.scaled(IO_WINDOW));
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    public List<Figure> figures(GilReport report) {
        return GilFigures.of(report, py);
    }

    @Override
    protected String soFar() {
        return current == null ? null : current.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, GilReport report) {
        GilSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
