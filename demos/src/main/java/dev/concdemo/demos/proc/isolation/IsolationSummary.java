package dev.concdemo.demos.proc.isolation;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing summary of an isolation run: whose money each change reached. */
final class IsolationSummary {
    private IsolationSummary() {}

    static void print(Narrator n, IsolationReport r) {
        n.sayPlain("");
        Texts texts = Texts.of(IsolationDemo.class);
        n.sayPlain(texts.format(
                "summary",
                r.childPid(),
                r.childParent(),
                r.childSawFirst(),
                r.childSet(),
                r.parentAfterChild(),
                texts.format(r.parentAfterChild() == 100 ? "untouched" : "changed"),
                r.parentAfterThread(),
                texts.format(r.parentAfterThread() == 666 ? "same" : "notSame")));
    }
}
