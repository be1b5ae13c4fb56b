package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.Ask;
import dev.concdemo.demos.io.fib.client.Load;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * One run of bench: a fib server (started in a child JVM, or one already listening), loaded
 * by the measured connections (and a hog, if asked) for the duration; the round trips told
 * as perf1 tells them, or each second's count as perf2 does. latency climbs seed 003's
 * ladder: 1 client, then 2, up to the connections asked, on each server of the {@link BenchPlan}.
 */
final class BenchRun {
    /**
     * What one bench run loads, and how.
     *
     * @param port the server already listening to load, or null when the plan starts its servers
     * @param ask what each measured connection asks again and again
     * @param hog the hog's n, or null for no hog
     */
    record Settings(
            Mode mode,
            BenchPlan plan,
            String host,
            Integer port,
            Service service,
            Ask ask,
            boolean connectPerRequest,
            Integer hog) {}

    /** The label of rps's line for its {@code second}-th second loaded. */
    static String secondLabel(long second) {
        return "second " + second;
    }

    private final Mode mode;
    private final BenchPlan plan;
    private final String host;
    private final Integer port;
    private final Service service;
    private final Ask ask;
    private final Texts words = Texts.of(BenchRun.class);
    private final boolean connectPerRequest;
    private final Integer hog;
    private final Narrator narrator;
    private final AtomicLong seconds = new AtomicLong(); // whole seconds loaded so far
    private final AtomicLong answered = new AtomicLong(); // requests answered in those seconds
    private final AtomicLong errors = new AtomicLong(); // over every step
    private final AtomicLong wrong = new AtomicLong(); // over every step

    BenchRun(Settings settings, Narrator narrator) {
        this.mode = settings.mode();
        this.plan = settings.plan();
        this.host = settings.host();
        this.port = settings.port();
        this.service = settings.service();
        this.ask = settings.ask();
        this.connectPerRequest = settings.connectPerRequest();
        this.hog = settings.hog();
        this.narrator = narrator;
    }

    BenchReport run() throws Exception {
        List<BenchReport.Step> steps = new ArrayList<>();
        BenchReport firstServers = null; // its last step: all its clients
        for (BenchPlan.Server target : plan.servers()) {
            BenchReport lastStep = serve(target, steps);
            if (firstServers == null) {
                firstServers = lastStep;
            }
        }
        return withSteps(firstServers, mode == Mode.LATENCY ? steps : List.of());
    }

    /** Loads one server through its steps; the report of its last step. */
    private BenchReport serve(BenchPlan.Server target, List<BenchReport.Step> steps) throws Exception {
        try (ChildJvm serverJvm = target.model() == null ? null : ChildJvm.start("bench-server", ServerTask.class)) {
            int at;
            String server; // as the report keeps it
            String serverSaid; // as the run's language tells it
            if (serverJvm != null) {
                int workers =
                        target.model() == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
                at = serverJvm
                        .ask(
                                new ServerTask.Start(
                                        target.model(),
                                        FibService.DEFAULT_MAX_N,
                                        workers,
                                        0,
                                        service,
                                        target.simulatedGil()),
                                ServerTask.Started.class)
                        .port();
                server = "%s%s in a child JVM (pid %d)"
                        .formatted(target.model(), target.simulatedGil() ? " + simulated GIL" : "", serverJvm.pid());
                serverSaid = words.format(
                        "server.child",
                        target.model(),
                        target.simulatedGil() ? words.format("server.gil") : "",
                        serverJvm.pid());
            } else {
                at = port;
                server = host + ":" + port;
                serverSaid = server;
            }
            BenchReport report = null;
            double alone = 0;
            for (int clients : plan.clients()) {
                Intervals intervals = new Intervals(plan.duration());
                LoadRun.Result result =
                        step(serverJvm != null ? "127.0.0.1" : host, at, clients, serverSaid, intervals);
                errors.addAndGet(result.errors());
                wrong.addAndGet(result.wrong());
                report = report(result, server, clients, intervals);
                double p50 = report.latencyMs().p50();
                if (clients == 1) {
                    alone = p50;
                }
                steps.add(new BenchReport.Step(
                        target.label(),
                        target.simulatedGil(),
                        clients,
                        report.requests(),
                        report.seconds(),
                        p50,
                        report.latencyMs().mean(),
                        report.latencyMs().p99(),
                        alone > 0 ? Units.round2(p50 / alone) : 0));
            }
            return report;
        }
    }

    private LoadRun.Result step(String to, int at, int clients, String server, Intervals intervals) throws Exception {
        narrator.say("@|bold bench %s|@".formatted(mode)
                + words.format( // the command in bold, then the bundle's words
                        connectPerRequest ? "heading.connect" : "heading",
                        words.count(connectPerRequest ? "heading.clients" : "heading.connections", clients),
                        ask.label(),
                        words.format(mode == Mode.RPS ? clients == 1 ? "pace.rps.one" : "pace.rps" : "pace.latency"),
                        Units.secondsSaid(plan.duration().toNanos()),
                        server + (hog == null ? "" : words.format("hog", hog))));
        // As the seed's clients: perf1 (latency) prints each round trip, perf2 (rps) each second's count.
        LongConsumer eachSecond = count -> {
            answered.addAndGet(count);
            long second = seconds.incrementAndGet();
            if (mode == Mode.RPS) {
                narrator.event(secondLabel(second), count + " reqs/sec");
            }
        };
        LongConsumer eachRoundTrip =
                mode == Mode.LATENCY ? intervals.andThen(new RoundTripLines(narrator, ask.label())::add) : intervals;
        Load load = new Load(to, at, clients, ask, connectPerRequest, hog, plan.duration());
        return LoadRun.run(load, eachSecond, eachRoundTrip);
    }

    /** What a Ctrl-C reports: the whole seconds loaded so far. */
    String soFar() {
        long s = seconds.get();
        long a = answered.get();
        return s == 0 ? null : "%d requests in %d s, %d a second".formatted(a, s, a / s);
    }

    private BenchReport report(LoadRun.Result r, String server, int clients, Intervals intervals) {
        double secs = r.nanos() / 1e9;
        Histogram h = r.latency();
        BenchReport.Latency latency = new BenchReport.Latency(
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()),
                Units.round2(h.getMean() / 1e6));
        return new BenchReport(
                mode.toString(),
                server,
                clients,
                service.toString(),
                ask.n(),
                connectPerRequest,
                Units.round2(secs),
                r.requests(),
                Units.round2(r.requests() / secs),
                r.errors(),
                r.wrong(),
                latency,
                r.perSecond(),
                intervals.interval().toMillis(),
                intervals.counts(),
                LatencyCurve.of(h),
                hog,
                Units.round2(r.hogRequests() / secs),
                List.of(),
                Runtime.getRuntime().availableProcessors(),
                Units.round2(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private BenchReport withSteps(BenchReport r, List<BenchReport.Step> steps) {
        return new BenchReport(
                r.mode(),
                r.server(),
                r.connections(),
                r.service(),
                r.n(),
                r.connectPerRequest(),
                r.seconds(),
                r.requests(),
                r.requestsPerSecond(),
                errors.get(),
                wrong.get(),
                r.latencyMs(),
                r.perSecond(),
                r.intervalMs(),
                r.perInterval(),
                r.latencyCurve(),
                r.hogN(),
                r.hogRequestsPerSecond(),
                List.copyOf(steps),
                r.cores(),
                r.loadAverage());
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
