package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Texts;
import java.util.Comparator;
import java.util.List;

/**
 * c10k's verdict: what each model held and at what cost, whether seed 000's ranking of the
 * designs held in memory, and which model answered a single client fastest; every sentence
 * from the report.
 */
final class C10kVerdict {
    private C10kVerdict() {}

    /** Every sentence from this run's figures. */
    static String of(C10kReport r) {
        Texts t = Texts.of(C10kDemo.class);
        StringBuilder out = new StringBuilder();
        for (C10kReport.ModelSteps m : r.models()) {
            List<C10kReport.Step> answered =
                    m.steps().stream().filter(s -> s.p99Ms() != null).toList();
            if (answered.size() < 2) {
                continue;
            }
            C10kReport.Step top = answered.getLast();
            String rss = top.rssKbPerConnection() != null
                    ? C10kSummary.perConnection(top.rssKbPerConnection(), null, 1)
                    : t.format("under", C10kSummary.fixed(top.rssUnderKbPerConnection(), 2));
            out.append(t.format(
                            "held",
                            m.model(),
                            top.connections(),
                            t.count("threads", top.threads()),
                            rss,
                            answered.getFirst().p99Ms(),
                            top.p99Ms()))
                    .append(Texts.between());
        }
        List<C10kReport.ModelSteps> ranked = r.models().stream()
                .filter(m -> m.steps().size() >= 2 && m.steps().getLast().rssKbPerConnection() != null)
                .sorted(Comparator.comparingDouble(
                                (C10kReport.ModelSteps m) -> m.steps().getLast().rssKbPerConnection())
                        .reversed())
                .toList();
        if (ranked.size() >= 2) {
            List<Model> order =
                    ranked.stream().map(C10kReport.ModelSteps::model).toList();
            // Seed 000's order, most costly first: a process per connection, a thread per
            // connection, then the event-driven designs (virtual threads among them).
            boolean holds = true;
            for (int i = 1; i < order.size(); i++) {
                holds &= tier(order.get(i - 1)) <= tier(order.get(i));
            }
            out.append(t.format(
                            "ranking",
                            String.join(
                                    ", ",
                                    ranked.stream()
                                            .map(m -> "%s %,.1f KB"
                                                    .formatted(
                                                            m.model(),
                                                            m.steps().getLast().rssKbPerConnection()))
                                            .toList()),
                            t.format(holds ? "holds" : "doesNotHold")))
                    .append(Texts.between());
        }
        out.append(oneConnection(r));
        return out.toString().strip();
    }

    /**
     * Which model answered a single client fastest, with no idle connection: the quickest two
     * p50s compared, and a lead claimed only when it is more than 10%.
     */
    static String oneConnection(C10kReport r) {
        Texts t = Texts.of(C10kDemo.class);
        List<C10kReport.ModelSteps> byFirstP50 = r.models().stream()
                .filter(m -> !m.steps().isEmpty() && m.steps().getFirst().p50Ms() != null)
                .sorted(Comparator.comparingDouble(m -> m.steps().getFirst().p50Ms()))
                .toList();
        if (byFirstP50.size() < 2) {
            return "";
        }
        C10kReport.ModelSteps first = byFirstP50.getFirst();
        C10kReport.ModelSteps second = byFirstP50.get(1);
        C10kReport.ModelSteps slowest = byFirstP50.getLast();
        double best = first.steps().getFirst().p50Ms();
        double next = second.steps().getFirst().p50Ms();
        String slowestToo = byFirstP50.size() > 2
                ? t.format(
                        "slowest", slowest.model(), slowest.steps().getFirst().p50Ms())
                : "";
        if (best < 0.9 * next) { // a clear lead, not noise
            return t.format(
                    "oneConnection",
                    first.model(),
                    best,
                    second.model(),
                    next,
                    first.model() == Model.THREADS ? t.format("threadsFastest") : "",
                    slowestToo);
        }
        return t.format("oneConnectionTie", first.model(), best, second.model(), next, slowestToo);
    }

    /** Seed 000's rank of a model's design: a process a connection, a thread a connection, event-driven. */
    private static int tier(Model model) {
        return switch (model) {
            case PROCESS -> 0;
            case THREADS, PROCS -> 1;
            default -> 2;
        };
    }
}
