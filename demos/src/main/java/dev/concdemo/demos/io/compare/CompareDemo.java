package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Seed 003's whole point: every model side by side. Each model runs in its own child JVM
 * under the same loads, and one table and one bar chart show its strengths and weaknesses.
 *
 * <p>Try: {@code concdemo compare}, {@code concdemo compare --full}.
 */
@Scenario(chapter = Chapter.IO, seed = "003")
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Every server model under the same loads: req/s, latency, fairness, memory.",
            "",
            "Each model runs in its own child JVM. Loads: fib(1) as fast as possible on 1 and 8 connections; fib(25)"
                + " round trips; fib(1) beside a connection asking fib(32) in a loop (fairness: the share of its own"
                + " rate a model keeps); then idle connections held open, for the server's threads and memory per"
                + " connection (the process model: 8, each a child JVM; 64 with --full). The run says up front how"
                + " long it will take, summed from the phases it will run, child JVMs' starts included; --full uses 5"
                + " s windows and 5000 idle connections.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo compare",
            "  concdemo compare --models nio,virtual,threads --full",
            "  concdemo compare --python     also CPython's fib servers, sync and threads, under the same loads",
            "  concdemo compare --json"
        })
public final class CompareDemo extends ScenarioCommand<CompareReport> {

    private final PythonOption python = new PythonOption();

    public CompareDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(python);
    }

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            converter = Model.Converter.class,
            description = "Models to compare, comma-separated, of ${COMPLETION-CANDIDATES} (default: all).")
    private List<Model> models = Arrays.asList(Model.values());

    @Option(
            names = "--offload",
            paramLabel = "N",
            description =
                    "Serve the threads, pool and virtual models with --offload N (fib(n >= N) in nice-19 child JVMs).")
    void setOffload(int value) {
        Ranges.check(spec, "--offload", value, 0, FibService.DEFAULT_MAX_N, "0: none");
        offload = value;
    }

    private int offload;

    @Option(
            names = "--service",
            paramLabel = "SERVICE",
            converter = Service.Converter.class,
            description = "fib (default), or upper: the seeds' echo ('hello' for the rates, a 1 KB line for"
                    + " latency; no hog: it has no expensive request).")
    private Service service = Service.FIB;

    @Option(names = "--full", description = "5 s per load and 5000 idle connections (default: 0.5 s and 1000).")
    private boolean full;

    @Override
    protected void check() {
        if (offload > 0 && service == Service.UPPER) {
            throw new ParameterException(spec.commandLine(), "--offload moves fib(n) to child JVMs: upper has no fib");
        }
    }

    /** What this run will measure: the run executes it, and its announced time is summed from it. */
    ComparePlan plan() {
        return new ComparePlan(
                List.copyOf(models),
                full ? Duration.ofSeconds(5) : Duration.ofMillis(500),
                full ? 5000 : 1000,
                offload,
                service,
                full,
                Runtime.getRuntime().availableProcessors());
    }

    private CompareRun run; // the run, once started: what a Ctrl-C reports
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: CPython's servers under the same loads, else null

    @Override
    protected void prepare() {
        run = null;
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    /** How long the whole run takes: the Java models, and CPython's servers with --python. */
    private Duration estimate() {
        ComparePlan plan = plan();
        return interpreter == null ? plan.estimate() : plan.estimate().plus(CPythonRun.estimate(plan));
    }

    @Override
    protected List<String> labels() {
        Stream<String> java = models.stream().map(m -> ModelTrial.label(m, offload));
        return interpreter == null
                ? java.toList()
                : Stream.concat(java, CPythonRun.SERVERS.stream().map(CPythonRun::name))
                        .toList();
    }

    @Override
    protected void introduce(Narrator n) {
        ComparePlan plan = plan();
        Texts words = Texts.of(CompareDemo.class);
        n.say("@|bold compare|@"
                + words.format( // the name in bold, then the bundle's words
                        "heading",
                        words.count("models", plan.models().size()),
                        plan.window().toMillis() >= 1000
                                ? words.format("window.s", plan.window().toSeconds())
                                : words.format("window.ms", plan.window().toMillis()),
                        words.count("idle", plan.idle())));
        if (interpreter != null) {
            n.sayPlain(Width.fill(words.format("intro.python", interpreter)));
        }
    }

    @Override
    protected Expected expected() {
        return new Expected(
                estimate(), models.size() > 2 ? Texts.of(CompareDemo.class).format("shorten") : "");
    }

    @Override
    protected CompareReport run(Narrator n) throws Exception {
        ComparePlan plan = plan();
        run = new CompareRun(plan, estimate(), n);
        CompareReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, n).run(plan);
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    public List<Figure> figures(CompareReport report) {
        return CompareFigures.of(report, py);
    }

    @Override
    protected void summarize(Narrator n, CompareReport report) {
        CompareSummary.print(n, report, py);
    }
}
