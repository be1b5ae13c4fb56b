package dev.concdemo.demos.sync.threads;

import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's summary, every sentence from what the report measured: who printed first in each
 * race between main and a new thread (Java's order, as it happened), and how CPython's
 * Thread.start() differs, so the notes' outputs (the new thread first) are not mistaken for a rule.
 */
final class ThreadsSummary {
    private ThreadsSummary() {}

    static List<String> paragraphs(ThreadsReport r) {
        Texts t = Texts.of(ThreadsSummary.class);
        List<String> out = new ArrayList<>();
        out.add(t.format("summary", r.moneySeenByMain(), r.activeCountInThread()));
        List<String> thread = r.threadFirstSteps();
        List<String> main = r.mainFirstSteps();
        String order = thread.isEmpty()
                ? t.format("order.main", steps(t, main))
                : main.isEmpty()
                        ? t.format("order.thread", steps(t, thread))
                        : t.format("order.mixed", steps(t, main), steps(t, thread));
        out.add(order
                + "\n"
                + t.format(r.moneySeenBeforeJoin() == 666 ? "money.set" : "money.unset", r.moneySeenBeforeJoin()));
        out.add(t.format("cpython"));
        return out;
    }

    /** "step 1" or "steps 1, 2 and 5". */
    private static String steps(Texts t, List<String> steps) {
        if (steps.size() == 1) {
            return t.format("step", steps.getFirst());
        }
        String all = String.join(t.format("comma"), steps.subList(0, steps.size() - 1));
        return t.format("steps", all, steps.getLast());
    }
}
