package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The collections experiment in a real CPython ({@code --python}): collections_race.py, run with
 * the Java run's threads, adds, trials and keys; what it measured said as it comes back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "collections_race.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    /** About what one add takes in CPython here, with margin (list 0.07 µs, dict 0.15 µs measured). */
    static final long ADD_NS = 200;

    /** About what one key's claim takes, the three quick ways together, with margin. */
    static final long CLAIM_NS = 1_000;

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(int threads, int adds, int trials) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        Duration about = Duration.ofNanos(
                        2 * ADD_NS * threads * adds * trials + CLAIM_NS * threads * CollectionsRun.KEYS * trials)
                .plusSeconds(1); // the sleep(0) claims, and starting up
        CPythonReport py;
        try (var _ = nar.expect(about, texts.format("quicker"))) {
            py = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                    .run(
                            CPythonReport.class,
                            about.multipliedBy(5).plusSeconds(30),
                            List.of(
                                    "--threads", Integer.toString(threads),
                                    "--adds", Integer.toString(adds),
                                    "--trials", Integer.toString(trials),
                                    "--keys", Integer.toString(CollectionsRun.KEYS)));
        }
        for (CPythonReport.Row row : py.rows()) {
            nar.event(
                    LABEL,
                    texts.format(
                            "measured.python.row",
                            row.collection(),
                            row.expected(),
                            row.got(),
                            texts.format("trials", row.trialsLost(), trials)));
        }
        CPythonReport.Claims c = py.claims();
        nar.event(
                LABEL,
                texts.format(
                        "measured.python.claims",
                        c.keys(),
                        c.claimedTwiceCheckThenAct(),
                        c.claimedTwiceCheckCallThenAct(),
                        c.claimedTwicePutIfAbsent()));
        nar.event(
                LABEL,
                texts.format("measured.python.yield", c.claimedTwiceCheckYieldThenAct(), c.keysCheckYieldThenAct()));
        return py;
    }
}
