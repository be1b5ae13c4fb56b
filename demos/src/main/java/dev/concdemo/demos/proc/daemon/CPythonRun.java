package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.os.Subreaper;
import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The daemon in a real CPython ({@code --python}): daemon.py, with the Java run's task sleep. A
 * parent that ends (its daemon child is terminated by multiprocessing's exit), then a parent
 * killed with SIGKILL, whose daemon child survives it: an orphan, no longer a descendant of the
 * interpreter we started, so killing the interpreter would not reach it. We check it is alive,
 * kill it, wait for its end (reaping it when it was re-parented to us, the subreaper), and say so.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "daemon.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(Duration sleep) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        long survivor = -1;
        try (var program = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                .start(
                        CPythonReport.class,
                        sleep.multipliedBy(3).plusSeconds(40),
                        List.of("--sleep", Double.toString(sleep.toNanos() / 1e9)))) {
            CPythonReport py = program.answer();
            survivor = py.orphanedDaemonPid();
            nar.event(
                    LABEL,
                    texts.format(
                            "measured.ended",
                            py.mainPid(),
                            py.daemonPid(),
                            texts.format(py.daemonSaidOver() ? "daemon.over" : "daemon.never"),
                            py.workerPid(),
                            texts.format(py.workerSaidOver() ? "worker.over" : "worker.never")));
            nar.event(
                    LABEL,
                    texts.format(
                            py.daemonAliveAfterKill() ? "measured.survived" : "measured.gone",
                            py.killedMainPid(),
                            py.orphanedDaemonPid(),
                            py.daemonNewParentPid(),
                            Units.fixed2(py.orphanedAfterKillMillis())));
            return cleanUp(texts, py);
        } finally {
            if (survivor > 0) {
                end(survivor); // a cancelled run: the driver's end closes the pipe it watches; this makes sure
            }
            Subreaper.sweep(); // one re-parented to us before its pid was known: end and reap it too
        }
    }

    /** Checks the survivor is alive, kills it, waits for its end; says what was done. */
    private CPythonReport cleanUp(Texts texts, CPythonReport py) throws InterruptedException {
        long pid = py.orphanedDaemonPid();
        boolean alive = alive(pid);
        if (!alive) {
            nar.event(LABEL, texts.format("cleaned.gone", pid));
            return py.cleanedUp(false, false, 0);
        }
        long killed = System.nanoTime();
        end(pid);
        double ms = (System.nanoTime() - killed) / 1e6;
        nar.event(LABEL, texts.format("cleaned", pid, Units.fixed2(ms)));
        return py.cleanedUp(true, true, Math.round(ms * 100) / 100.0);
    }

    /** Alive, not a zombie (one that has ended, only not yet reaped). */
    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && ProcStat.of(pid).map(s -> s.state() != 'Z').orElse(false);
    }

    /** SIGKILL, then waits for it to end: reaped here if it was re-parented to us, a subreaper. */
    private static void end(long pid) throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        ProcessHandle p = handle.get();
        p.destroyForcibly();
        boolean ours = p.parent().map(ProcessHandle::pid).orElse(-1L)
                == ProcessHandle.current().pid();
        if (ours) {
            Subreaper.waitFor(pid, 2_000);
            return;
        }
        try {
            p.onExit().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Poll.until(Duration.ofSeconds(2), () -> !alive(pid));
        }
    }
}
