package dev.concdemo.demos.sync.prodcons;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing sentences of a run, each chosen by what the report measured; what ends the
 * consumers is told per stop mode: pills with --stop pill, join() and a release without them.
 */
final class ProdConsSummary {
    private ProdConsSummary() {}

    static List<String> paragraphs(ProdConsReport r) {
        Texts texts = Texts.of(ProdConsSummary.class);
        List<String> out = new ArrayList<>();
        out.add(
                r.putsThatWaited() > 0
                        ? texts.format(
                                "full", times(texts, r.putsThatWaited()), Units.secondsMs(r.putWaitMs() * 1_000_000))
                        : r.maxQueued() == r.capacity()
                                ? texts.format("full-no-wait", r.capacity())
                                : texts.format("never-full", r.maxQueued(), r.capacity()));
        if (r.takesThatWaited() == 0) {
            out.add(texts.format("never-empty"));
        } else {
            String empty = texts.format(
                    "empty", times(texts, r.takesThatWaited()), Units.secondsMs(r.takeWaitMs() * 1_000_000));
            if (r.waitsEndedByPill() > 0) {
                empty += Texts.between() + texts.format("empty.pill", r.waitsEndedByPill());
            }
            out.add(empty);
        }
        if (r.stop().equals("join")) {
            out.add(texts.format("join", consumers(texts, r.consumersReleased())));
        } else if (!r.strandedConsumers().isEmpty()) {
            out.add(texts.format(
                    "stranded",
                    pills(texts, r.pillsPut()),
                    consumers(texts, r.consumers()),
                    String.join(", ", r.strandedConsumers()),
                    texts.format(r.strandedConsumers().size() == 1 ? "was" : "were")));
        } else if (r.pillsLeft() > 0) {
            out.add(texts.format(
                    "pills-left",
                    pills(texts, r.pillsPut()),
                    consumers(texts, r.consumers()),
                    pills(texts, r.pillsLeft())));
        } else {
            out.add(texts.format("pills", pills(texts, r.pillsPut())));
        }
        return out;
    }

    private static String times(Texts texts, int count) {
        return texts.count("times", count);
    }

    private static String pills(Texts texts, int count) {
        return texts.count("pill-count", count);
    }

    private static String consumers(Texts texts, int count) {
        return texts.count("consumers", count);
    }

    /** The opening line: who makes what, the queue, how the run stops. */
    static void introduce(Narrator n, int producers, int items, int consumers, int capacity, String stop) {
        Texts t = Texts.of(ProdConsSummary.class);
        n.say("@|bold prodcons|@"
                + t.format(
                        "opening",
                        t.count("producers", producers),
                        t.count("items", items),
                        t.count("consumers", consumers),
                        capacity,
                        stop));
        n.sayPlain("");
    }

    /** The summary: what was produced and consumed, by whom, how full the queue got; then the paragraphs. */
    static void print(Narrator n, ProdConsReport r) {
        Texts t = Texts.of(ProdConsSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between() + t.format("heading", r.stop()));
        n.sayPlain(t.format(
                "produced",
                r.produced(),
                r.consumed(),
                t.format(r.exactlyOnce() ? "yes" : "no"),
                r.duplicates(),
                r.missing()));
        r.perConsumer().forEach((c, count) -> n.sayPlain(t.format("handled", c, count, count / (r.elapsedMs() / 1e3))));
        n.sayPlain(t.format("queue", r.maxQueued(), r.capacity(), Units.seconds(r.elapsedMs() * 1_000_000)));
        n.sayPlain("");
        paragraphs(r).forEach(n::sayPlain);
    }
}
