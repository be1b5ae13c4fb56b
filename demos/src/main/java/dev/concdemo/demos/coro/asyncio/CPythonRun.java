package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The tour under CPython's own asyncio ({@code --python}): asyncio_tour.py, run with the Java
 * run's --time-scale and step 14's increments, its results said as they come back. It repeats
 * the steps whose claims are about asyncio itself (1-6, 8, 10, 11, 14); the loop's internals
 * (7, 9, 12, 13) and Java's futures (15) stay Java's.
 */
final class CPythonRun {
    /** The program, a resource beside this class (not asyncio.py: that would hide the module). */
    static final String PROGRAM = "asyncio_tour.py";

    /** The notes' sleeps in those steps, before --time-scale: 3 + 2 + 3 + 4.2 + 1 + 2 s. */
    static final Duration SLEEPS = Duration.ofMillis(15_200);

    /** Starting the interpreter and importing asyncio, about; no --time-scale shortens it. */
    static final Duration STARTING = Duration.ofSeconds(1);

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(double timeScale, int increments) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.step(CPythonRun.class, "python", interpreter.getFileName(), PROGRAM);
        // the run's own sleeps, three times over, and a minute: past it, the interpreter is stopped
        Duration bound =
                Duration.ofNanos(Math.round(SLEEPS.toNanos() * timeScale * 3)).plusMinutes(1);
        CPythonReport py = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                .run(
                        CPythonReport.class,
                        bound,
                        List.of(
                                "--time-scale", Double.toString(timeScale),
                                "--increments", Integer.toString(increments)));
        String label = Names.CPYTHON;
        nar.event(
                label,
                texts.format(
                        "measured.python.sayAfter",
                        AsyncioSummary.secs(texts, py.sequentialMs()),
                        String.join(", ", py.sequentialOrder()),
                        AsyncioSummary.secs(texts, py.tasksMs()),
                        String.join(", ", py.tasksOrder())));
        nar.event(
                label,
                texts.format(
                        "measured.python.gather",
                        String.join(" ", CPythonSummary.labels(py.factorialLines())),
                        String.join(", ", py.gatherResults()),
                        AsyncioSummary.secs(texts, py.gatherMs())));
        nar.event(
                label,
                texts.format(
                        "measured.python.raised",
                        py.gatherRaised(),
                        AsyncioSummary.secs(texts, py.gatherRaisedAtMs()),
                        texts.format(py.othersRanOn() ? "othersRan" : "othersStopped"),
                        String.join(", ", py.returnExceptions())));
        nar.event(
                label,
                texts.format(
                        "measured.python.neverAwaited", String.join(", ", py.neverAwaited()), py.asyncioRunRefused()));
        nar.event(
                label,
                texts.format(
                        "measured.python.waitFor",
                        AsyncioSummary.secs(texts, py.waitForMs()),
                        texts.format(py.cancelledInside() ? "cancelInside" : "cancelNever"),
                        AsyncioSummary.secs(texts, py.shieldTimedOutMs()),
                        py.shieldedResult(),
                        AsyncioSummary.secs(texts, py.shieldedMs())));
        LostUpdate.Result u = py.lostUpdate();
        nar.event(
                label,
                texts.format(
                        "measured.python.count",
                        2 * u.increments(),
                        2 * u.increments() - u.acrossAwait(),
                        2 * u.increments() - u.noAwaitBetween(),
                        2 * u.increments() - u.lockHeld()));
        return py;
    }
}
