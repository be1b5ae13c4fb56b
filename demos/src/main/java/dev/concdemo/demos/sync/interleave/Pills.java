package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's producer and consumers stopped by a None each: the seed says one None per
 * producer, but a None stops one consumer, so with one producer and two consumers one
 * consumer waits for ever, whatever the order. Fixed: one None per consumer.
 */
final class Pills {
    private Pills() {}

    static Program of(Variant variant) {
        List<Step> producer = new ArrayList<>(List.of(Steps.put("", "q", "bun"), Steps.put("", "q", Py.NONE)));
        if (variant == Variant.FIXED) {
            producer.add(Steps.put("", "q", Py.NONE)); // fixed: a None for each of the two consumers
        }
        // BROKEN (without that line): one None for two consumers
        List<ThreadCode> threads = new ArrayList<>();
        threads.add(new ThreadCode("producer", producer, List.of()));
        threads.add(consumer());
        threads.add(consumer());
        return new Program(
                ProgramName.PILLS,
                variant,
                List.of(Var.value("q", List.of()), Var.value("eaten", 0)),
                threads,
                List.of("eaten"),
                Machine::stuck);
    }

    private static ThreadCode consumer() {
        return new ThreadCode(
                "consumer",
                List.of(
                        Step.of("while True:", _ -> {}),
                        Steps.get("    ", "item", "q"),
                        Steps.test("    if item is None: break", w -> w.get("item") != Py.NONE, 5),
                        Steps.thenLine(Step.of("    eat(item)", w -> w.set("eaten", w.num("eaten") + 1)), 1)),
                List.of(Var.value("item", Py.NONE)));
    }
}
