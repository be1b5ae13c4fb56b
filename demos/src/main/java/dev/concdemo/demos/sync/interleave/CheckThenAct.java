package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's warning that {@code q.empty()} is not exact with many workers: two consumers
 * check that one item is there, both see it, both get, and the second waits for ever. Fixed:
 * one lock around the check and the get, so nothing happens between them.
 */
final class CheckThenAct {
    private CheckThenAct() {}

    static Program of(Variant variant) {
        List<Var> shared = new ArrayList<>(List.of(Var.value("q", List.of("bun"))));
        if (variant == Variant.FIXED) {
            shared.add(Var.lock("mutex"));
        }
        return new Program(
                ProgramName.CHECK_THEN_ACT,
                variant,
                shared,
                Steps.each(2, _ -> consumer(variant)),
                List.of(),
                (m, s) -> m.stuck(s) || s.ends().stream().anyMatch(e -> !e.isEmpty() && !e.equals("done")));
    }

    private static ThreadCode consumer(Variant variant) {
        List<Step> steps = new ArrayList<>();
        if (variant == Variant.FIXED) {
            steps.add(Steps.acquire("", "mutex"));
            steps.add(Steps.test("if not q.empty():", w -> !w.list("q").isEmpty(), 4));
            steps.add(Steps.get("    ", "item", "q"));
            steps.add(Steps.release("", "mutex"));
        } else {
            // BROKEN: the answer of q.empty() may be stale by the time q.get() runs
            steps.add(Steps.test("if not q.empty():", w -> !w.list("q").isEmpty(), 3));
            steps.add(Steps.get("    ", "item", "q"));
        }
        return new ThreadCode("consumer", steps, List.of(Var.value("item", Py.NONE)));
    }
}
