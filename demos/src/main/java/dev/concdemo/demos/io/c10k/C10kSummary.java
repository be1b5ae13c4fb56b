package dev.concdemo.demos.io.c10k;

import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
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
        n.sayPlain(Width.fill(C10kVerdict.of(r)));
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
