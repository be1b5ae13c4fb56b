package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * latency's ladder told as seed 003's performance01 told it (one client alone, then two,
 * then three), with the JVM's threads and the simulated GIL side by side: a table of each
 * step's p50 round trip and its ratio to the client alone, then a paragraph whose every
 * sentence is computed from those ratios.
 */
final class LadderSummary {
    /** A ratio this close to the one expected (1 with a core each, N under a GIL) is "about" it. */
    static final double NEAR = 0.25;

    /** Why no server ran under a simulated GIL: a key of the texts ({@code noGil.KEY}), with the model. */
    record NoGil(String key, String model) {
        /**
         * Why latency measures no second server under a simulated GIL: asked not to ({@code
         * skipped}), a server of one's own ({@code started} null), no fib to serialize, or a model
         * that computes fib elsewhere than on its connections' threads; null when it does.
         */
        static NoGil of(boolean skipped, Model started, Service service) {
            String name = started == null ? "" : started.toString();
            if (skipped) {
                return new NoGil("flag", name);
            }
            if (started == null) {
                return new NoGil("port", name);
            }
            if (service != Service.FIB) {
                return new NoGil("upper", name);
            }
            if (!FibServer.CAN_SIMULATE_GIL.contains(started)) {
                return new NoGil(started == Model.PROCS || started == Model.PROCESS ? "children" : "oneThread", name);
            }
            return null;
        }
    }

    private final BenchReport report;
    private final Model.Kind kind;
    private final NoGil noGil;
    private final Texts texts = Texts.of(LadderSummary.class);

    /**
     * {@code kind}: what serves the first server's connections, a model started here; null for a
     * server of the user's, of which nothing is known. {@code noGil}: why no server ran under a
     * simulated GIL, or null.
     */
    LadderSummary(BenchReport report, Model.Kind kind, NoGil noGil) {
        this.report = report;
        this.kind = kind;
        this.noGil = noGil;
    }

    List<String> lines() {
        List<String> servers =
                report.steps().stream().map(BenchReport.Step::server).distinct().toList();
        List<Integer> clients = report.steps().stream()
                .map(BenchReport.Step::clients)
                .distinct()
                .sorted()
                .toList();
        List<String> out = new ArrayList<>();
        if (clients.size() < 2) {
            return out; // one client: nothing to compare it with
        }
        List<String> headers = new ArrayList<>(List.of("clients"));
        for (String s : servers) {
            headers.add(s + " p50");
            headers.add("× alone");
        }
        Table table = new Table(headers.toArray(String[]::new));
        for (int c : clients) {
            List<Object> row = new ArrayList<>(List.of(c));
            for (String s : servers) {
                BenchReport.Step step = step(s, c);
                row.add(step == null ? "-" : String.format(Locale.ROOT, "%.3f ms", step.p50Ms()));
                row.add(step == null ? "-" : String.format(Locale.ROOT, "%.2f", step.p50VsAlone()));
            }
            table.row(row.toArray());
        }
        out.add("");
        table.lines("  ").forEach(out::add);
        out.add("");
        out.add(Width.fill(paragraph()));
        return out;
    }

    /** The verdict: every sentence from the measured ratios. */
    String paragraph() {
        List<String> sentences = new ArrayList<>();
        int cores = report.cores();
        List<BenchReport.Step> jvm = steps(false);
        List<BenchReport.Step> gil = steps(true);
        boolean oneThread = kind == Model.Kind.ONE_THREAD || kind == Model.Kind.ONE_AT_A_TIME;
        if (!jvm.isEmpty() && (kind == null || oneThread)) {
            List<BenchReport.Step> more =
                    jvm.stream().filter(s -> s.clients() >= 2).toList();
            sentences.add(texts.format(
                    kind == null ? "external" : "oneThread", jvm.getFirst().server(), counts(more), ratios(more)));
        } else if (!jvm.isEmpty()) {
            String name = jvm.getFirst().server();
            List<BenchReport.Step> within = jvm.stream()
                    .filter(s -> s.clients() >= 2 && s.clients() <= cores)
                    .toList();
            List<BenchReport.Step> beyond =
                    jvm.stream().filter(s -> s.clients() > cores).toList();
            if (!within.isEmpty()) {
                BenchReport.Step worst = within.stream()
                        .max(java.util.Comparator.comparingDouble(BenchReport.Step::p50VsAlone))
                        .orElseThrow();
                sentences.add(
                        worst.p50VsAlone() <= 1 + NEAR
                                ? texts.format("jvmFlat", name, worst.clients(), worst.p50VsAlone(), cores, cores())
                                : report.loadAverage() > cores
                                        ? texts.format(
                                                "jvmGrewWithinBusy",
                                                name,
                                                worst.clients(),
                                                worst.p50VsAlone(),
                                                cores,
                                                report.loadAverage(),
                                                cores())
                                        : texts.format(
                                                "jvmGrewWithin",
                                                name,
                                                worst.clients(),
                                                worst.p50VsAlone(),
                                                cores,
                                                cores()));
            }
            if (!beyond.isEmpty()) {
                BenchReport.Step last = beyond.getLast();
                double even = (double) last.clients() / cores;
                sentences.add(texts.format(
                        last.p50VsAlone() > 1 + NEAR ? "jvmBeyond" : "jvmBeyondFlat",
                        last.clients(),
                        cores,
                        last.p50VsAlone(),
                        even,
                        cores()));
            }
        }
        if (!gil.isEmpty()) {
            List<BenchReport.Step> more =
                    gil.stream().filter(s -> s.clients() >= 2).toList();
            boolean aboutN = more.stream().allMatch(s -> Math.abs(s.p50VsAlone() - s.clients()) <= NEAR * s.clients());
            sentences.add(texts.format(aboutN ? "gilAboutN" : "gilNotN", counts(more), ratios(more)));
            BenchReport.Step gilTop = gil.getLast();
            BenchReport.Step jvmTop = jvm.stream()
                    .filter(s -> s.clients() == gilTop.clients())
                    .findFirst()
                    .orElse(null);
            if (jvmTop != null && jvmTop.p50Ms() > 0) {
                sentences.add(texts.format(
                        "gilAgainstJvm",
                        gilTop.clients(),
                        gilTop.p50Ms() / jvmTop.p50Ms(),
                        gilTop.p50Ms(),
                        jvmTop.p50Ms()));
            }
        } else if (noGil != null) {
            sentences.add(texts.format("noGil." + noGil.key(), noGil.model()));
        }
        return String.join(Texts.between(), sentences);
    }

    /** Between the items of a list: a comma in English, the enumeration comma in Chinese. */
    private static String separator() {
        return Texts.lang() == Lang.ZH ? "、" : ", ";
    }

    private String counts(List<BenchReport.Step> steps) {
        return steps.stream().map(s -> Integer.toString(s.clients())).collect(Collectors.joining(separator()));
    }

    private String ratios(List<BenchReport.Step> steps) {
        return steps.stream().map(s -> texts.format("ratio", s.p50VsAlone())).collect(Collectors.joining(separator()));
    }

    /** "2 cores", "1 core", in the run's language. */
    private String cores() {
        return texts.count("cores", report.cores());
    }

    private List<BenchReport.Step> steps(boolean simulatedGil) {
        return report.steps().stream()
                .filter(s -> s.simulatedGil() == simulatedGil)
                .toList();
    }

    private BenchReport.Step step(String server, int clients) {
        return report.steps().stream()
                .filter(s -> s.server().equals(server) && s.clients() == clients)
                .findFirst()
                .orElse(null);
    }
}
