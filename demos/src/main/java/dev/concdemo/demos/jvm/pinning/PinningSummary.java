package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/** The closing summary: each row as measured, and what the measurements say about pinning. */
final class PinningSummary {
    private PinningSummary() {}

    static void print(Narrator n, PinningReport r) {
        Texts t = Texts.of(PinningSummary.class);
        n.sayPlain("");
        for (PinningReport.Row row : r.rows()) {
            n.sayPlain(t.format(
                    "row", row.where(), row.tasks(), row.carriers(), row.ms(), row.mostAtOnce(), row.pinnedEvents()));
        }
        PinningReport.Row sync = r.rows().get(0);
        PinningReport.Row nat = r.rows().get(1);
        n.sayPlain("");
        String ratio = t.format(
                "ratio",
                (double) nat.ms() / Math.max(1, sync.ms()),
                nat.ms() / (double) r.blockMs(),
                sync.ms() / (double) r.blockMs());
        String underNative = nat.mostAtOnce() <= nat.carriers()
                ? t.format("native.pinned", nat.mostAtOnce(), r.pinnedFloorMs(nat))
                : t.format("native.free", nat.mostAtOnce(), nat.carriers());
        String inSync = sync.mostAtOnce() > sync.carriers()
                ? t.format("sync.free", sync.mostAtOnce(), sync.tasks())
                : t.format("sync.pinned", sync.mostAtOnce());
        String events = t.format("events", nat.pinnedEvents(), sync.pinnedEvents());
        n.sayPlain(Width.fill(String.join(t.format("gap"), ratio, underNative, inSync, events)));
        n.sayPlain(Width.fill(t.format("python")));
    }
}
