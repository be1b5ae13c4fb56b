package dev.concdemo.demos.sync.rlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing summary of an rlock run: the hold counts as measured, and what they mean. */
final class RlockSummary {
    private RlockSummary() {}

    static void print(Narrator n, RlockReport r) {
        Texts t = Texts.of(RlockSummary.class);
        n.sayPlain("");
        n.sayPlain(t.format("counts", r.holdCounts()));
        n.sayPlain(t.format("summary"));
    }
}
