package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * A singleton made on first use (seed 001's aside on 单例模式): two threads each see
 * {@code instance is None} and each make one. Fixed: one lock around the test and the making.
 */
final class LazyInit {
    private LazyInit() {}

    static Program of(Variant variant, int threads) {
        List<Var> shared = new ArrayList<>(List.of(Var.value("instance", Py.NONE), Var.value("created", 0)));
        if (variant == Variant.FIXED) {
            shared.add(Var.lock("lock"));
        }
        return new Program(
                ProgramName.LAZY_INIT,
                variant,
                shared,
                Steps.each(threads, _ -> getInstance(variant)),
                List.of("created"),
                (m, s) -> (Integer) s.shared().get(1) > 1);
    }

    private static ThreadCode getInstance(Variant variant) {
        Step make = Step.of("    instance = Connection()", w -> {
            int created = w.num("created") + 1;
            w.set("created", created);
            w.set("instance", "<Connection " + created + ">");
        });
        List<Step> steps = variant == Variant.FIXED
                ? List.of(
                        Steps.acquire("", "lock"),
                        Steps.test("if instance is None:", w -> w.get("instance") == Py.NONE, 4),
                        make,
                        Steps.release("", "lock"))
                // BROKEN: between the test and the making, another thread may test too
                : List.of(Steps.test("if instance is None:", w -> w.get("instance") == Py.NONE, 3), make);
        return new ThreadCode("get_instance", steps, List.of());
    }
}
