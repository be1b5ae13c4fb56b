package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.proc.ProcStat;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * c10k (seed 002's select/poll/epoll limits, seed 000's three server designs): thousands of
 * idle connections held open against each model while a normal client is served; what each
 * connection costs a model, and whether the normal client notices.
 *
 * <p>Try: {@code concdemo c10k --steps 0,1000,5000}.
 */
@Scenario(chapter = Chapter.IO, seed = "002 select/poll/epoll, 000 服务器设计")
@Command(
        name = "c10k",
        mixinStandardHelpOptions = true,
        description = {
            "15,000 idle connections against each model: threads, memory, a normal client's p99.",
            "",
            "Each model serves in its own child JVM; this process holds the idle connections, from four loopback"
                    + " source addresses. At each step: how fast the new ones were accepted, the server's threads, its"
                    + " RSS and live heap per connection, and the round trips of one more client asking fib(1).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo c10k", "  concdemo c10k --models nio,threads --steps 0,1000,5000 --json"})
public final class C10kDemo extends ScenarioCommand {
    /** Descriptors this process keeps free beside the idle connections. */
    static final int SPARE_DESCRIPTORS = 200;

    /** Models that serve a fixed number of connections at once: idle ones would take them all. */
    static final Set<Model> CANNOT = Set.of(Model.SYNC, Model.POOL);

    private List<Model> models = List.of(Model.PROCESS, Model.THREADS, Model.NIO, Model.VIRTUAL, Model.COROUTINES);
    private List<Integer> steps;

    @Option(
            names = "--probes",
            paramLabel = "N",
            description = "Round trips of the normal client a step (default: 500).")
    private int probes = 500;

    public C10kDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            converter = Model.Converter.class,
            description = "Models to load (default: process,threads,nio,virtual,coroutines; not sync or pool).")
    void setModels(List<Model> values) {
        if (values.isEmpty()) {
            return; // picocli's reset before parsing: the default stays
        }
        for (Model m : values) {
            if (CANNOT.contains(m)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "%s serves a fixed number of connections at once: idle ones would hold them all".formatted(m));
            }
        }
        models = values.stream().distinct().toList();
    }

    @Option(
            names = "--steps",
            paramLabel = "N",
            split = ",",
            description = "Idle connections at each step (default: 0,50,1000,5000,10000,15000, within the"
                    + " open-files limit less 200; 50 is the process model's one step: it starts 64 JVMs at most).")
    void setSteps(List<Integer> values) {
        if (values.isEmpty()) {
            return; // picocli's reset before parsing: the default stays
        }
        long most = ProcStat.openFilesLimit() - SPARE_DESCRIPTORS;
        for (int v : values) {
            if (v < 0 || v > most) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--steps takes counts from 0 to %d (the open-files limit, %d, less %d), not %d"
                                .formatted(most, ProcStat.openFilesLimit(), SPARE_DESCRIPTORS, v));
            }
        }
        List<Integer> sorted =
                new ArrayList<>(values.stream().distinct().sorted().toList());
        if (sorted.getFirst() != 0) {
            sorted.addFirst(0); // the baseline every per-connection figure is measured from
        }
        steps = List.copyOf(sorted);
    }

    @Override
    public Integer call() throws Exception {
        Ranges.check(spec, "--probes", probes, 100, 100_000, null);
        long limit = ProcStat.openFilesLimit();
        if (steps == null) {
            steps = List.of(0, 50, 1_000, 5_000, 10_000, 15_000).stream()
                    .filter(s -> s <= limit - SPARE_DESCRIPTORS)
                    .toList();
        }
        Narrator n = session.narrator(common, 12);
        n.say("@|bold c10k|@ (seed 002, seed 000): %s idle connections against %s"
                .formatted(
                        String.join(", ", steps.stream().map("%,d"::formatted).toList()), models));
        // Measured here: a model's JVM and warm-up ~3 s, half a second a step, a second per 3,000 connections.
        Duration about = Duration.ofMillis(3_000 + 500L * steps.size() + steps.getLast() / 3)
                .multipliedBy(models.size());
        C10kRun run = new C10kRun(models, steps, probes, n);
        List<C10kReport.ModelSteps> measured;
        try (Narrator.Progress _ = n.expect(about, "--steps 0,1000,5000 or fewer --models")) {
            session.measuredSoFar(run::soFar);
            measured = run.run();
        }
        C10kReport r = new C10kReport("c10k", probes, limit, measured);
        common.print(session, r, () -> summarize(n, r));
        return ExitCode.OK;
    }

    private static void summarize(Narrator n, C10kReport r) {
        n.sayPlain("");
        Table table = new Table("model", "idle", "accepted/s", "threads", "RSS KB/conn", "heap KB/conn", "p50", "p99");
        for (C10kReport.ModelSteps m : r.models()) {
            for (C10kReport.Step s : m.steps()) {
                table.row(
                        m.model(),
                        "%,d".formatted(s.connections()),
                        s.acceptPerSecond() == null ? "-" : "%,.0f".formatted(s.acceptPerSecond()),
                        s.threads(),
                        s.rssKbPerConnection() == null ? "-" : fixed(s.rssKbPerConnection(), 1),
                        s.heapKbPerConnection() == null ? "-" : fixed(s.heapKbPerConnection(), 2),
                        fixed(s.p50Ms(), 3) + " ms",
                        fixed(s.p99Ms(), 3) + " ms");
            }
            if (m.stoppedAt() != null) {
                table.row(m.model(), "%,d".formatted(m.stoppedAt()), "stopped", "", "", "", "", "");
            }
        }
        table.lines("  ").forEach(n::sayPlain);
        r.models().stream()
                .filter(m -> m.stoppedAt() != null)
                .forEach(m ->
                        n.sayPlain("  %s stopped on the way to %,d: %s".formatted(m.model(), m.stoppedAt(), m.why())));
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
                            "  %-11s %s %.1f KB (%,d idle)",
                            r.models().get(i).model(),
                            Chart.bar(Math.max(0, s.rssKbPerConnection()), most, 40),
                            s.rssKbPerConnection(),
                            s.connections()));
                }
            }
        }
        n.sayPlain("");
        n.sayPlain(Width.fill(verdict(r)));
    }

    /** Every sentence from this run's figures. */
    private static String verdict(C10kReport r) {
        Texts t = Texts.of(C10kDemo.class);
        StringBuilder out = new StringBuilder();
        for (C10kReport.ModelSteps m : r.models()) {
            if (m.steps().size() < 2) {
                continue;
            }
            C10kReport.Step top = m.steps().getLast();
            out.append(t.format(
                            "held",
                            m.model(),
                            top.connections(),
                            top.threads(),
                            top.threads() == 1 ? "" : "s",
                            top.rssKbPerConnection(),
                            m.steps().getFirst().p99Ms(),
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
            List<String> order =
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
                                            .map(m -> "%s %.1f KB"
                                                    .formatted(
                                                            m.model(),
                                                            m.steps().getLast().rssKbPerConnection()))
                                            .toList()),
                            t.format(holds ? "holds" : "doesNotHold")))
                    .append(Texts.between());
        }
        List<C10kReport.ModelSteps> byFirstP50 = r.models().stream()
                .filter(m -> !m.steps().isEmpty())
                .sorted(Comparator.comparingDouble(m -> m.steps().getFirst().p50Ms()))
                .toList();
        if (byFirstP50.size() >= 2) {
            C10kReport.ModelSteps fastest = byFirstP50.getFirst();
            double best = fastest.steps().getFirst().p50Ms();
            double next = byFirstP50.get(1).steps().getFirst().p50Ms();
            if (best < 0.9 * next) { // a clear lead, not noise
                out.append(t.format(
                        "oneConnection",
                        fastest.model(),
                        best,
                        fastest.model().equals("threads") ? t.format("threadsFastest") : ""));
            } else {
                out.append(t.format(
                        "oneConnectionTie",
                        best,
                        byFirstP50.getLast().steps().getFirst().p50Ms()));
            }
        }
        return out.toString().strip();
    }

    private static int tier(String model) {
        return switch (model) {
            case "process" -> 0;
            case "threads", "procs" -> 1;
            default -> 2;
        };
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
