package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/**
 * The section a spawn run with --python adds after its summary: who went on first, and what a
 * terminated child left, in CPython beside the JVM, in one sentence computed from both.
 */
final class CPythonSummary {
    private CPythonSummary() {}

    static void print(Narrator nar, SpawnReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@");
        nar.sayPlain(Width.fill(sentence(texts, java, py)));
    }

    /** The order after start() in both, then the terminated child's exit in both. */
    static String sentence(Texts texts, SpawnReport java, CPythonReport py) {
        String order = texts.format(
                java.mainFirst() == py.mainFirst() ? "compare.order.same" : "compare.order.differ",
                texts.format(py.mainFirst() ? "order.parent" : "order.child"),
                texts.format(java.mainFirst() ? "order.parent" : "order.child"));
        int status = java.terminatedExitStatus();
        String exit;
        if (py.exitcode() < 0 && status > 128 && status - 128 == -py.exitcode()) {
            exit = texts.format("compare.exit.signal", py.exitcode(), -py.exitcode(), status);
        } else {
            exit = texts.format("compare.exit.other", py.exitcode(), status);
        }
        return order + exit;
    }
}
