package dev.concdemo.demos.proc.orphan;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.Locale;

/** The closing summary of an orphan run: who adopted the orphan without a subreaper and with one. */
final class OrphanSummary {
    private OrphanSummary() {}

    /** Says nothing for a run that did not orphan anything (not Linux). */
    static void print(Narrator n, OrphanReport r) {
        if (r.cases().size() < 2) {
            return;
        }
        OrphanReport.Case without = r.cases().get(0);
        OrphanReport.Case with = r.cases().get(1);
        n.sayPlain("");
        Texts texts = Texts.of(OrphanDemo.class);
        n.sayPlain(texts.format(
                "summary",
                without.orphanPid(),
                without.parentPid(),
                without.parentAfter(),
                without.parentAfterName(),
                String.format(Locale.ROOT, "%.1f", without.reparentedMillis()),
                with.orphanPid(),
                with.parentAfter(),
                texts.format(with.parentAfter() == r.us() ? "us" : "notUs"),
                texts.format(without.gone() && with.gone() ? "bothReaped" : "notBothReaped")));
    }
}
