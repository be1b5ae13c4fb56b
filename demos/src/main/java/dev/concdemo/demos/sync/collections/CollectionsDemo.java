package dev.concdemo.demos.sync.collections;

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
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows which collections are thread-safe (seed 000 says Python's list, dict and set are, which
 * is why threads share state cheaply there): a collection is thread-safe when concurrent
 * calls leave it as some one-at-a-time order of them would. Java's ArrayList and HashMap are
 * not: threads adding at once lose elements or make it throw. The synchronized and concurrent
 * collections never lose one. And a thread-safe map still does not make a check-then-act
 * atomic: two steps, each safe, are not one safe step.
 *
 * <p>Try: {@code concdemo collections}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "000 list, dict, set thread-safe")
@Command(
        name = "collections",
        mixinStandardHelpOptions = true,
        description = {
            "Threads adding to ArrayList/HashMap lose elements; concurrent collections never do.",
            "",
            "Threads released together each add their own elements to one shared collection, trial after trial; what"
                    + " is missing at the end and what threw is counted. CPython's list.append is one bytecode, done"
                    + " under the GIL, so it is atomic there; Java's ArrayList.add is several steps with nothing"
                    + " between threads. Then a check-then-act (containsKey, then put) on a ConcurrentHashMap,"
                    + " against putIfAbsent.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo collections",
            "  concdemo collections --threads 2 --adds 1000    smaller: fewer losses, still some",
            "  concdemo collections --json",
            "  concdemo collections --python                   the same in a real CPython's list and dict"
        })
public final class CollectionsDemo extends ScenarioCommand<CollectionsReport> {
    private final PythonOption python = new PythonOption();

    public CollectionsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(python);
    }

    @Option(names = "--threads", paramLabel = "N", description = "Threads adding at once (default: 4; 2 to 64).")
    private int threads = 4;

    @Option(
            names = "--adds",
            paramLabel = "N",
            description = "Elements each thread adds per trial (default: 20000; 100 to 1000000; CopyOnWriteArrayList"
                    + " gets a tenth: each of its adds copies the array).")
    private int adds = 20_000;

    @Option(names = "--trials", paramLabel = "T", description = "Trials per collection (default: 20; 1 to 1000).")
    private int trials = 20;

    private CollectionsRun run; // made once, when the run is introduced
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    @Override
    protected void check() {
        Ranges.check(spec, "--threads", threads, 2, 64, "a race needs two");
        Ranges.check(spec, "--adds", adds, 100, 1_000_000, null);
        Ranges.check(spec, "--trials", trials, 1, 1000, null);
    }

    @Override
    protected void prepare() {
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return Stream.concat(CollectionsRun.labels().stream(), Stream.of(CPythonRun.LABEL))
                .toList();
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts t = Texts.of(CollectionsDemo.class);
        narrator.say("@|bold collections|@" + t.format("opening", threads, adds, t.count("trial-count", trials)));
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(t.format("intro.python", interpreter)));
        }
        narrator.sayPlain("");
        run = new CollectionsRun(threads, adds, trials, narrator);
    }

    @Override
    protected CollectionsReport run(Narrator narrator) throws InterruptedException {
        CollectionsReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(threads, adds, trials);
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    public List<Figure> figures(CollectionsReport report) {
        return CollectionsFigures.of(report, py);
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, CollectionsReport report) {
        CollectionsSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
