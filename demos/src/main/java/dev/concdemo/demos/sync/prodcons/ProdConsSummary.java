package dev.concdemo.demos.sync.prodcons;

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
        return count == 1 ? texts.format("once") : texts.format("times", count);
    }

    private static String pills(Texts texts, int count) {
        return texts.format(count == 1 ? "pill" : "pill.n", count);
    }

    private static String consumers(Texts texts, int count) {
        return texts.format(count == 1 ? "consumer" : "consumer.n", count);
    }
}
