package dev.concdemo.demos.jvm.visibility;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/** The closing summary of a visibility run: a row per variant, then what it means. */
final class VisibilitySummary {
    private VisibilitySummary() {}

    static void print(Narrator n, VisibilityReport r) {
        Texts t = Texts.of(VisibilitySummary.class);
        n.sayPlain("");
        for (VisibilityReport.Variant v : r.variants()) {
            n.sayPlain(Width.fill(
                    v.stopped()
                            ? t.format(
                                    "row.stopped", v.variant(), "%,d".formatted(v.stoppedAfterMicros()), v.spunForMs())
                            : t.format("row.never", v.variant(), VisibilityRun.seconds(r.waitMs()), v.spunForMs())));
        }
        long warm = r.variants().stream()
                .mapToLong(VisibilityReport.Variant::warmUpMs)
                .max()
                .orElse(0);
        n.sayPlain(Width.fill(t.format("warm", warm)));
        n.sayPlain("");
        boolean plainNever = r.variants().stream().anyMatch(v -> v.variant().equals("plain") && !v.stopped());
        boolean plainStopped = r.variants().stream().anyMatch(v -> v.variant().equals("plain") && v.stopped());
        if (plainNever) {
            n.sayPlain(Width.fill(t.format("why.never")));
        } else if (plainStopped) {
            n.sayPlain(Width.fill(t.format("why.lucky")));
        }
        if (r.variants().stream().anyMatch(v -> !v.variant().equals("plain") && v.stopped())) {
            n.sayPlain(Width.fill(t.format("why.seen")));
        }
        n.sayPlain(Width.fill(t.format("python")));
    }
}
