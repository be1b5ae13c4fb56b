package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The process basics in a real CPython ({@code --python}): spawn.py starts a multiprocessing
 * child (who went on first), reads the pids from both sides, joins, and terminates a sleeping
 * child; each result said as it comes back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "spawn.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    /** At most this long: it takes well under a second. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run() throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        CPythonReport py =
                PythonProgram.of(interpreter, CPythonRun.class, PROGRAM).run(CPythonReport.class, BOUND, List.of());
        nar.event(
                LABEL,
                texts.format(
                        py.mainFirst() ? "measured.mainFirst" : "measured.childFirst",
                        py.startMethod(),
                        Units.fixed2(Math.abs(py.childAfterMainMillis()))));
        nar.event(
                LABEL,
                texts.format(
                        "measured.pids", py.pidSeenByParent(), py.mainPid(), py.pidsChild(), py.pidsChildParent()));
        nar.event(
                LABEL,
                texts.format(
                        "measured.terminate",
                        py.aliveRightAfterTerminate() ? "True" : "False",
                        Units.fixed2(py.goneAfterMillis()),
                        py.exitcode()));
        return py;
    }
}
