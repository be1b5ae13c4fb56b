package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.proc.DescriptorLimit;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * <p>Try: {@code concdemo c10k --steps 1000,5000}.
 */
@Scenario(chapter = Chapter.IO, seed = "002 select/poll/epoll, 000 服务器设计")
@Command(
        name = "c10k",
        mixinStandardHelpOptions = true,
        description = {
            "15,000 to 100,000 idle connections against each model: threads, memory, a normal client's p99.",
            "",
            "Each model serves in its own child JVM; this process holds the idle connections, from several loopback"
                    + " source addresses (127.0.0.2 on). At each step: how fast the new ones were accepted, the server's threads, its"
                    + " RSS and live heap per connection, and the round trips of one more client asking fib(1). Where a"
                    + " model stops, the run says what it ran into.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo c10k", "  concdemo c10k --models nio,threads --steps 1000,5000 --json"})
public final class C10kDemo extends ScenarioCommand {
    /** Descriptors this process keeps free beside the idle connections. */
    static final int SPARE_DESCRIPTORS = 200;

    /** The most --steps takes: fs.nr_open's default is 1,048,576 descriptors a process. */
    static final int MOST = 1_000_000;

    /** 15,000, then 50,000 and 100,000 where the machine allows; 50 is the process model's step. */
    static final List<Integer> DEFAULT_STEPS = List.of(0, 50, 15_000, 50_000, 100_000);

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
            description = "Idle connections at each step (default: 0,50,15000,50000,100000; 50 is the process"
                    + " model's one step: it starts 64 JVMs at most). The open-files limit is raised to fit"
                    + " where the kernel allows; a model stops at it otherwise, and says so.")
    void setSteps(List<Integer> values) {
        if (values.isEmpty()) {
            return; // picocli's reset before parsing: the default stays
        }
        for (int v : values) {
            if (v < 0 || v > MOST) {
                throw new ParameterException(
                        spec.commandLine(), "--steps takes counts from 0 to %,d, not %d".formatted(MOST, v));
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
        if (steps == null) {
            steps = DEFAULT_STEPS;
        }
        Texts t = Texts.of(C10kDemo.class);
        // This process holds the client ends and each server the accepted ones: both need a
        // descriptor a connection, and the servers inherit this process's limit.
        DescriptorLimit.Limits limits = DescriptorLimit.raiseTo(steps.getLast() + 1_000L);
        int clientsAtMost = (int) Math.max(0, Math.min(Integer.MAX_VALUE, limits.soft() - SPARE_DESCRIPTORS));
        C10kRun.Said limitWhy = x -> x.format(
                "stop.clientLimit",
                limits.soft(),
                limits.refused() == null ? x.format("limitRaised") : x.format("limitRefused", limits.refused()),
                clientsAtMost);
        Narrator n = session.narrator(common, 12);
        n.say("@|bold c10k|@ (seed 002, seed 000): %s idle connections against %s"
                .formatted(
                        String.join(", ", steps.stream().map("%,d"::formatted).toList()), models));
        n.sayPlain(Width.fill(t.format(
                "limits",
                limits.soft(),
                limits.wanted(),
                limits.refused() == null ? t.format("limitRaised") : t.format("limitRefused", limits.refused()),
                IdleClients.sourcesFor(Math.min(steps.getLast(), clientsAtMost)))));
        Duration about = estimate(models, steps, clientsAtMost);
        C10kRun run = new C10kRun(models, steps, probes, clientsAtMost, limitWhy, n);
        List<C10kReport.ModelSteps> measured;
        try (Narrator.Progress _ = n.expect(about, t.format("shorten"))) {
            session.measuredSoFar(run::soFar);
            measured = run.run();
        }
        C10kReport r = new C10kReport(
                "c10k", probes, limits.soft(), limits.wanted(), limits.refused(), clientsAtMost, measured);
        common.print(session, r, () -> summarize(n, r));
        return ExitCode.OK;
    }

    /**
     * How long the run takes, from rates measured here (2 vCPUs, the other one busy): a model's
     * JVM and warm-up ~1.5 s, 0.3 s a step, and the ramp: ~10,000 connections a second accepted by
     * nio, virtual and coroutines, ~2,000 by threads (a thread each, which the machine's pids,
     * threads and maps end first), ~8 by process (a JVM each).
     */
    static Duration estimate(List<Model> models, List<Integer> steps, int clientsAtMost) {
        long threadsAtMost = Math.min(
                Math.min(sysctl("kernel/pid_max"), sysctl("kernel/threads-max")), sysctl("vm/max_map_count") / 2);
        long millis = 0;
        for (Model m : models) {
            long reach = Math.min(Math.min(steps.getLast(), clientsAtMost), m.servesAtMost());
            double rate = 10_000;
            if (m == Model.THREADS || m == Model.PROCS) {
                reach = Math.min(reach, threadsAtMost);
                rate = 2_000;
            } else if (m == Model.PROCESS) {
                rate = 8;
            }
            millis += 1_500 + 300L * steps.size() + (long) (1_000 * reach / rate);
        }
        return Duration.ofMillis(millis);
    }

    private static long sysctl(String name) {
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/sys", name)).getFirst()
                    .strip());
        } catch (java.io.IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A per-connection figure: the value, or "<bound" when it was within the noise, or "-" (none). */
    static String perConnection(Double value, Double under, int decimals) {
        if (value != null) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", value);
        }
        return under == null ? "-" : "<" + fixed(under, 2);
    }

    private static void summarize(Narrator n, C10kReport r) {
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
        r.models().stream()
                .filter(m -> m.stoppedAt() != null)
                .forEach(m -> stops.computeIfAbsent(List.of(m.stoppedAt(), m.why()), _ -> new ArrayList<>())
                        .add(m.model()));
        stops.forEach((where, who) -> n.sayPlain(Width.fill(
                t.format("stoppedOnTheWay2", String.join(", ", who), where.get(0), where.get(1)))));
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
                            top.threads(),
                            top.threads() == 1 ? "" : "s",
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
                ? t.format("slowest", slowest.model(), slowest.steps().getFirst().p50Ms())
                : "";
        if (best < 0.9 * next) { // a clear lead, not noise
            return t.format(
                    "oneConnection",
                    first.model(),
                    best,
                    second.model(),
                    next,
                    first.model().equals("threads") ? t.format("threadsFastest") : "",
                    slowestToo);
        }
        return t.format("oneConnectionTie", first.model(), best, second.model(), next, slowestToo);
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
