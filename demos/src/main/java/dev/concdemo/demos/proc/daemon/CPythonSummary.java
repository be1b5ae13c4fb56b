package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;

/**
 * The section a daemon run with --python adds after its summary: CPython's two parents beside
 * the JVM's, in one sentence computed from both.
 */
final class CPythonSummary {
    private CPythonSummary() {}

    static void print(Narrator nar, DaemonReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@");
        nar.sayPlain(Width.fill(sentence(texts, java, py)));
    }

    /** When the parent ends, what each daemon did; when it is killed -9, whether CPython's survived. */
    static String sentence(Texts texts, DaemonReport java, CPythonReport py) {
        String ended = texts.format(
                "compare.ended",
                texts.format(py.daemonSaidOver() ? "daemon.over" : "daemon.never"),
                texts.format(java.daemonSaidOver() ? "daemon.over" : "daemon.never"));
        String killed = py.daemonAliveAfterKill()
                ? texts.format(
                        "compare.killed.survived",
                        py.orphanedDaemonPid(),
                        py.daemonNewParentPid(),
                        Units.fixed2(java.daemonGoneAfterKillMillis()))
                : texts.format(
                        "compare.killed.gone", py.orphanedDaemonPid(), Units.fixed2(java.daemonGoneAfterKillMillis()));
        return ended + killed;
    }
}
