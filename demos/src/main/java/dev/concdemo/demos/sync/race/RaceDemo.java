package dev.concdemo.demos.sync.race;

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
            "  concdemo race --trials 100 --json",
            "  concdemo race --python                         the same in a real CPython, beside"
        })
public final class RaceDemo extends ScenarioCommand<RaceReport> {
    /**
     * Our pause between read and write, before --time-scale. Not the seed's: its ticket -= 1
     * has none. It widens the window between the two steps so that the race shows every time.
     */
    static final Duration PAUSE = Duration.ofMillis(100);

    private final TimeScaleOption time = new TimeScaleOption();
    private final PythonOption python = new PythonOption();

    public RaceDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, python);
    }

    @Option(
            names = "--variant",
            paramLabel = "V",
            converter = RaceTrials.Variant.Converter.class,
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

    private RaceRun run; // made once, when the run is introduced
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    @Override
    protected void check() {
        Ranges.check(spec, "--threads", threads, 2, 200, "a race needs two");
        Ranges.check(spec, "--trials", trials, 1, 10_000, null);
    }

    @Override
    protected void prepare() {
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return List.of(RaceRun.label(trials), RaceRun.UNTOLD, CPythonRun.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        Duration pause = noPause ? Duration.ZERO : time.scaled(PAUSE);
        RaceSummary.introduce(narrator, variant, threads, start, trials, pause);
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(Texts.of(RaceDemo.class).format("intro.python", interpreter)));
            narrator.sayPlain("");
        }
        run = new RaceRun(variant, threads, start, trials, pause, narrator);
    }

    @Override
    protected RaceReport run(Narrator narrator) throws InterruptedException {
        RaceReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(java, time.scaled(PAUSE));
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    public List<Figure> figures(RaceReport report) {
        return RaceFigures.of(report, py);
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, RaceReport report) {
        RaceSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
