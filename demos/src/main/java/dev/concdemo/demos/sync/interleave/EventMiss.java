package dev.concdemo.demos.sync.interleave;

import java.util.List;

/**
 * Seed 001's check_mysql and conn_mysql: conn_mysql tries three times, waiting at most 0.5 s
 * for the event each time, then raises TimeoutError. If check_mysql is slower than the three
 * waits, every try misses. Fixed: wait for the event without a timeout.
 */
final class EventMiss {
    static final int TRIES = 3;

    private EventMiss() {}

    static Program of(Variant variant) {
        ThreadCode check = new ThreadCode(
                "check_mysql",
                List.of(
                        Step.of("time.sleep(random.randint(2, 4))", _ -> {}),
                        Step.of("event.set()", w -> w.set("event", true))),
                List.of());
        ThreadCode conn = new ThreadCode(
                "conn_mysql",
                List.of(
                        Steps.test("while not event.is_set():", w -> !Boolean.TRUE.equals(w.get("event")), 5),
                        Step.of("    if count > 3: raise TimeoutError", w -> {
                            if (w.num("count") > TRIES) {
                                w.raise("TimeoutError");
                            }
                        }),
                        variant == Variant.FIXED
                                ? Steps.eventWait("    ", "event")
                                // BROKEN: the timeout may run out before check_mysql sets the event
                                : Steps.eventWait("    ", "event", "0.5"),
                        Steps.thenLine(Step.of("    count += 1", w -> w.set("count", w.num("count") + 1)), 1),
                        Step.of("print('connected')", _ -> {})),
                List.of(Var.value("count", 1)));
        return new Program(
                ProgramName.EVENT,
                variant,
                List.of(Var.value("event", false)),
                List.of(check, conn),
                List.of(),
                (m, s) -> s.ends().contains("TimeoutError"));
    }
}
