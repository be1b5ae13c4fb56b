package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.List;

/** Draws one schedule of the model: a row per job (C on the CPU, I at IO, . waiting), a time axis, the totals. */
final class Timeline {
    private Timeline() {}

    static void show(Narrator n, String title, List<Program> programs, Overlap.Result r) {
        n.sayPlain("  " + title);
        for (int i = 0; i < programs.size(); i++) {
            n.sayPlain("    %s %s".formatted(programs.get(i).name(), r.rows().get(i)));
        }
        StringBuilder axis = new StringBuilder();
        for (int t = 0; t <= r.total(); t += 5) {
            String label = Integer.toString(t);
            axis.append(label).append(" ".repeat(Math.max(1, 5 - label.length())));
        }
        n.sayPlain("      " + axis.toString().stripTrailing());
        n.sayPlain(Texts.of(MultiprogDemo.class).format("model.total", r.total(), r.cpuBusy(), 100 * r.utilisation()));
    }
}
