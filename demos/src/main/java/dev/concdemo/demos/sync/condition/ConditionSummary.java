package dev.concdemo.demos.sync.condition;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing summary of a condition run: what passed through the buffer, and what it shows. */
final class ConditionSummary {
    private ConditionSummary() {}

    static void print(Narrator n, ConditionReport r) {
        Texts t = Texts.of(ConditionSummary.class);
        n.sayPlain("");
        n.sayPlain(t.format(
                "passed", r.received(), t.format(r.inOrder() ? "yes" : "no"), r.maxSize(), r.capacity(), r.waits()));
        n.sayPlain(t.format("summary"));
    }
}
