package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's ticket buyers: {@code ticket -= 1} is three steps (read, compute, write), so a
 * thread that reads before another writes computes from the old value, and one decrement is
 * lost. Fixed: the seed's mutex around the three.
 */
final class Ticket {
    static final int START = 10;

    private Ticket() {}

    static Program of(Variant variant, int threads) {
        List<Var> shared = new ArrayList<>(List.of(Var.value("ticket", START)));
        if (variant == Variant.FIXED) {
            shared.add(Var.lock("mutex"));
        }
        return new Program(
                ProgramName.TICKET,
                variant,
                shared,
                Steps.each(threads, _ -> buyer(variant)),
                List.of("ticket"),
                (m, s) -> s.allEnded() && (Integer) s.shared().getFirst() != START - threads);
    }

    private static ThreadCode buyer(Variant variant) {
        List<Step> steps = new ArrayList<>();
        if (variant == Variant.FIXED) {
            steps.add(Steps.acquire("", "mutex"));
        }
        steps.add(Step.of("tmp = ticket", w -> w.set("tmp", w.get("ticket"))));
        // BROKEN (without the mutex): another thread may read ticket between this thread's read and write
        steps.add(Step.of("tmp = tmp - 1", w -> w.set("tmp", w.num("tmp") - 1)));
        steps.add(Step.of("ticket = tmp", w -> w.set("ticket", w.get("tmp"))));
        if (variant == Variant.FIXED) {
            steps.add(Steps.release("", "mutex"));
        }
        return new ThreadCode("buy_ticket", steps, List.of(Var.value("tmp", Py.NONE)));
    }
}
