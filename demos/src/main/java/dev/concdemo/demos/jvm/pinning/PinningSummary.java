package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing summary: each row as measured, and the ratio computed from them. */
final class PinningSummary {
    private PinningSummary() {}

    static void print(Narrator n, PinningReport r) {
        Texts t = Texts.of(PinningSummary.class);
        n.sayPlain("");
        for (PinningReport.Row row : r.rows()) {
            n.sayPlain(t.format("row", row.where(), row.tasks(), row.carriers(), row.ms(), row.pinnedEvents()));
        }
        PinningReport.Row sync = r.rows().get(0);
        PinningReport.Row nat = r.rows().get(1);
        n.sayPlain("");
        n.sayPlain(t.format(
                "ratio",
                (double) nat.ms() / Math.max(1, sync.ms()),
                sync.ms() / (double) r.blockMs(),
                nat.ms() / (double) r.blockMs(),
                r.pinnedFloorMs(nat)));
        n.sayPlain(t.format("python"));
    }
}
