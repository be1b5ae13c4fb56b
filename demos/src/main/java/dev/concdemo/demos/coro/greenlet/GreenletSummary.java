package dev.concdemo.demos.coro.greenlet;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing lines of {@code concdemo greenlet}: every number from the run's report. */
final class GreenletSummary {
    private GreenletSummary() {}

    static void print(Narrator narrator, GreenletReport r) {
        narrator.sayPlain("");
        narrator.sayPlain(Texts.of(GreenletSummary.class)
                .format(
                        "summary",
                        String.join(" ", r.printed()),
                        r.thread(),
                        r.switchNsPerItem(),
                        r.callNsPerItem(),
                        r.greenletsMs() / 1e3,
                        4 * r.blockMs() / 1e3,
                        r.virtualThreadsMs() / 1e3));
    }
}
