package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** c10k's summary: the table, the stops, the chart of RSS per connection, and the paragraph, from the report. */
final class C10kSummary {
    private C10kSummary() {}

    /** A per-connection figure: the value, or "<bound" when it was within the noise, or "-" (none). */
    static String perConnection(Double value, Double under, int decimals) {
        if (value != null) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", value);
        }
        return under == null ? "-" : "<" + fixed(under, 2);
    }

    static void print(Narrator n, C10kReport r) {
        Texts t = Texts.of(C10kDemo.class);
        n.sayPlain("");
        Table table = new Table("model", "idle", "accepted/s", "threads", "RSS KB/conn", "heap KB/conn", "p50", "p99");
        boolean anyAtStop = false;
        List<String> noisy = new ArrayList<>();
        for (C10kReport.ModelSteps m : r.models()) {
            boolean noisyHere = false;
            for (C10kReport.Step s : m.steps()) {
                anyAtStop |= s.atStop();
                noisyHere |= s.rssUnderKbPerConnection() != null || s.heapUnderKbPerConnection() != null;
                table.row(
                        m.model(),
                        "%,d%s".formatted(s.connections(), s.atStop() ? "*" : ""),
                        s.acceptPerSecond() == null ? "-" : "%,.0f".formatted(s.acceptPerSecond()),
                        "%,d".formatted(s.threads()),
                        perConnection(s.rssKbPerConnection(), s.rssUnderKbPerConnection(), 1),
                        perConnection(s.heapKbPerConnection(), s.heapUnderKbPerConnection(), 2),
                        s.p50Ms() == null ? "-" : fixed(s.p50Ms(), 3) + " ms",
                        s.p99Ms() == null ? "-" : fixed(s.p99Ms(), 3) + " ms");
            }
            if (noisyHere) {
                noisy.add(t.format("noiseOf", m.model(), m.rssNoiseKb(), m.heapNoiseKb()));
            }
            if (m.stoppedAt() != null) {
                table.row(m.model(), "%,d".formatted(m.stoppedAt()), "stopped", "", "", "", "", "");
            }
        }
        table.lines("  ").forEach(n::sayPlain);
        if (anyAtStop) {
            n.sayPlain(Width.fill("  " + t.format("atStopNote")));
        }
        if (!noisy.isEmpty()) {
            n.sayPlain(Width.fill("  " + t.format("belowNoise", String.join("; ", noisy))));
        }
        // Models stopped by the same thing at the same place share one line.
        Map<List<Object>, List<String>> stops = new LinkedHashMap<>();
        r.models().stream().filter(m -> m.stoppedAt() != null).forEach(m -> stops.computeIfAbsent(
                        List.of(m.stoppedAt(), m.why()), _ -> new ArrayList<>())
                .add(m.model().toString()));
        stops.forEach((where, who) -> n.sayPlain(
                Width.fill(t.format("stoppedOnTheWay2", String.join(", ", who), where.get(0), where.get(1)))));
        r.models().stream()
                .filter(m -> m.nextLimit() != null)
                .forEach(m -> n.sayPlain(Width.fill(t.format("nextOf", m.model(), m.nextLimit()))));
        List<C10kReport.Step> last = r.models().stream()
                .map(m -> m.steps().isEmpty() ? null : m.steps().getLast())
                .toList();
        double most = last.stream()
                .filter(s -> s != null && s.rssKbPerConnection() != null)
                .mapToDouble(C10kReport.Step::rssKbPerConnection)
                .max()
                .orElse(0);
        if (most > 0) {
            n.sayPlain("");
            n.sayPlain("  RSS per idle connection at each model's largest step:");
            for (int i = 0; i < r.models().size(); i++) {
                C10kReport.Step s = last.get(i);
                if (s != null && s.rssKbPerConnection() != null) {
                    n.sayPlain(String.format(
                            Locale.ROOT,
                            "  %-11s %s %,.1f KB (%,d idle)",
                            r.models().get(i).model(),
                            Chart.bar(s.rssKbPerConnection(), most, 40),
                            s.rssKbPerConnection(),
                            s.connections()));
                }
            }
        }
        n.sayPlain("");
        n.sayPlain(Width.fill(verdict(r)));
    }

    /** Every sentence from this run's figures. */
    static String verdict(C10kReport r) {
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
                    ? perConnection(top.rssKbPerConnection(), null, 1)
                    : t.format("under", fixed(top.rssUnderKbPerConnection(), 2));
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

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
