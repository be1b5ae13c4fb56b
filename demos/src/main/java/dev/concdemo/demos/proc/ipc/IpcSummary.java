package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** The closing summary of an ipc run: what crossed, how long the waits took, whether each round ate every item once. */
final class IpcSummary {
    private IpcSummary() {}

    static void print(Narrator n, IpcReport r) {
        Texts texts = Texts.of(IpcDemo.class);
        n.sayPlain("");
        n.sayPlain(texts.format(
                "summary",
                texts.count("items", r.messages().size()),
                bare(r.sixthPutWaitedMs()),
                bare(r.blockingGetWaitedMs()),
                bare(r.getTimeoutRaisedAfterMs()),
                verdict(texts, r.rounds().get(0)),
                verdict(texts, r.rounds().get(1))));
    }

    /** Milliseconds as Units writes them, without the unit (the sentence has it). */
    private static String bare(double millis) {
        return Units.millis((long) (millis * 1e6)).replace(" ms", "");
    }

    private static String verdict(Texts texts, IpcReport.Round round) {
        return round.exactlyOnce()
                ? texts.format("verdict.once", round.made())
                : texts.format("verdict.not", round.made(), round.eaten(), round.duplicates(), round.missing());
    }
}
