package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition wait guarded by {@code if} (seed 000 names Condition): a consumer finds the
 * buffer empty and waits; the producer adds a bun and notifies it; before it gets the lock
 * back, the other consumer takes the bun; the woken one does not look again and pops from an
 * empty list. Fixed: {@code while}, so a woken thread tests again.
 */
final class IfNotWhile {
    private IfNotWhile() {}

    static Program of(Variant variant) {
        List<ThreadCode> threads = new ArrayList<>();
        threads.add(consumer(variant));
        threads.add(consumer(variant));
        threads.add(producer());
        return new Program(
                ProgramName.IF_NOT_WHILE,
                variant,
                List.of(Var.value("buf", List.of()), Var.lock("lock"), Var.condition("cond")),
                threads,
                List.of("buf"),
                (m, s) -> s.ends().contains("IndexError"));
    }

    private static ThreadCode consumer(Variant variant) {
        Step test = variant == Variant.FIXED
                ? Steps.test("while not buf:", w -> w.list("buf").isEmpty(), 4)
                // BROKEN: tested once; a woken thread takes the test's old answer on trust
                : Steps.test("if not buf:", w -> w.list("buf").isEmpty(), 4);
        return new ThreadCode(
                "consumer",
                List.of(
                        Steps.acquire("", "lock"),
                        test,
                        Steps.await("    ", "cond", "lock", variant == Variant.FIXED ? 2 : 4),
                        Step.of("item = buf.pop(0)", w -> {
                            if (w.list("buf").isEmpty()) {
                                w.raise("IndexError");
                            } else {
                                w.set("item", w.removeFirst("buf"));
                            }
                        }),
                        Steps.release("", "lock")),
                List.of(Var.value("item", Py.NONE)));
    }

    private static ThreadCode producer() {
        List<Step> steps = new ArrayList<>();
        for (int bun = 0; bun < 2; bun++) {
            steps.add(Steps.acquire("", "lock"));
            steps.add(Step.of("buf.append('bun')", w -> w.append("buf", "bun")));
            steps.add(Steps.notifyOne("", "cond"));
            steps.add(Steps.release("", "lock"));
        }
        return new ThreadCode("producer", steps, List.of());
    }
}
