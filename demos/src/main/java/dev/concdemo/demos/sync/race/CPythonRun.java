package dev.concdemo.demos.sync.race;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The race in a real CPython ({@code --python}): race.py, run with the Java run's threads, start
 * value, trials and pause, three ways (with the pause, without it, under a lock); each said as
 * it comes back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "race.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    /**
     * About this long at most for the locked trials: under the lock each trial's pauses run one
     * after another (threads x pause: 1 s at the defaults), so the lock gets fewer trials than the
     * unsynchronized runs. A lock that works loses nothing in any of them.
     */
    static final Duration LOCK_BUDGET = Duration.ofSeconds(2);

    /** What starting and joining one Python thread takes here, about (0.1 ms measured, with margin). */
    static final Duration PER_THREAD = Duration.ofNanos(150_000);

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    /** Trials under the lock: as many as fit in {@link #LOCK_BUDGET}, at least one, at most the Java run's. */
    static int lockTrials(int threads, int trials, Duration pause) {
        long perTrial = pause.toNanos() * threads;
        return perTrial == 0 ? trials : (int) Math.max(1, Math.min(trials, LOCK_BUDGET.toNanos() / perTrial));
    }

    CPythonReport run(RaceReport java, Duration pause) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        int lockTrials = lockTrials(java.threads(), java.trials(), pause);
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        Duration threadsCost = PER_THREAD.multipliedBy((long) java.threads() * java.trials());
        Duration about = pause.multipliedBy(java.trials())
                .plus(threadsCost.multipliedBy(2))
                .plus(pause.multipliedBy((long) java.threads() * lockTrials))
                .plusMillis(500);
        CPythonReport py;
        try (var _ = nar.expect(about, texts.format("shorten.python"))) {
            py = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                    .run(
                            CPythonReport.class,
                            about.multipliedBy(3).plusSeconds(30),
                            List.of(
                                    "--threads", Integer.toString(java.threads()),
                                    "--start", Integer.toString(java.start()),
                                    "--trials", Integer.toString(java.trials()),
                                    "--lock-trials", Integer.toString(lockTrials),
                                    "--pause", Double.toString(pause.toNanos() / 1e9)));
        }
        for (RaceReport r : List.of(py.pause(), py.noPause(), py.lock())) {
            nar.event(
                    LABEL,
                    texts.format(
                            "measured.python",
                            CPythonSummary.way(texts, r),
                            r.trialsWithLostUpdates(),
                            texts.count("trials", r.trials()),
                            texts.count("decrements", r.lostUpdates())));
        }
        return py;
    }
}
