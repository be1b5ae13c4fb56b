package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * asyncio (seed 004, asyncio异步I/O): the seed's examples in order, on an event loop of our
 * own (ready queue, timer heap, call_soon_threadsafe) running every coroutine on one thread;
 * the coroutines are the JDK's internal continuations (jdk.internal.vm.Continuation, the
 * mechanism under virtual threads; labelled so in the output). Then the same in Java's
 * CompletableFuture, and where it differs: cancelling does not reach the work. With --python,
 * the steps whose claims are about asyncio itself again under CPython's own asyncio, beside.
 *
 * <p>Try: {@code concdemo asyncio --time-scale 0.2}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "004 asyncio异步I/O")
@Command(
        name = "asyncio",
        mixinStandardHelpOptions = true,
        description = {
            "say_after: 3 s in turn, 2 s as tasks; gather, wait_for, shield; a loop on one thread.",
            "",
            "Seed 004's examples in its order, each an async function run by a small event loop of our own (a ready"
                    + " queue, a timer heap, call_soon, call_later, call_soon_threadsafe, run_forever, stop) on ONE"
                    + " thread: sleeps are timers, never a blocked thread. The coroutines under it are the JDK's"
                    + " jdk.internal.vm.Continuation (an internal API). Then the same ideas in CompletableFuture on"
                    + " virtual threads, where cancelling a future does not stop its work.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo asyncio --time-scale 0.2",
            "  concdemo asyncio --json",
            "  concdemo asyncio --python     the same steps under CPython's own asyncio, beside"
        })
public final class AsyncioDemo extends ScenarioCommand<AsyncioReport> {
    /** The notes' sleeps over all fifteen steps, about: before --time-scale. */
    static final Duration ABOUT = Duration.ofMillis(25_500);

    private final TimeScaleOption time = new TimeScaleOption();
    private final PythonOption python = new PythonOption();

    private AsyncioRun run; // this run's: what it has done so far, told on Ctrl-C
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    public AsyncioDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, python);
    }

    @Override
    protected void check() {
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
    }

    @Override
    protected void prepare() {
        run = null;
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return Names.all();
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say(Texts.of(AsyncioDemo.class)
                .format("heading", Thread.currentThread().getName()));
        if (interpreter != null) {
            Duration more = time.about(CPythonRun.SLEEPS, CPythonRun.STARTING);
            narrator.sayPlain(Width.fill(Texts.of(AsyncioDemo.class)
                    .format("intro.python", interpreter, Units.secondsSaid(more.toNanos()))));
        }
    }

    @Override
    protected Expected expected() {
        if (interpreter == null) {
            Duration about = time.scaled(ABOUT);
            return new Expected(about, time.shorten(about));
        }
        Duration sleeps = ABOUT.plus(CPythonRun.SLEEPS); // and the interpreter starting: not scaled
        return new Expected(time.about(sleeps, CPythonRun.STARTING), time.shorten(sleeps, CPythonRun.STARTING));
    }

    @Override
    protected AsyncioReport run(Narrator narrator) throws InterruptedException {
        run = new AsyncioRun(narrator, time.timeScale());
        AsyncioReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(time.timeScale(), AsyncioRun.LOST_UPDATE_INCREMENTS);
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
    protected void summarize(Narrator narrator, AsyncioReport report) {
        AsyncioSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py, time.timeScale());
        }
    }
}
