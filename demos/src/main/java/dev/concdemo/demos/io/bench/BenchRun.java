package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.proc.ChildJvm;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * One run of bench: a fib server (started in a child JVM, or one already listening), loaded
 * by the measured connections (and a hog, if asked) for the duration; the round trips told
 * as perf1 tells them, or each second's count as perf2 does.
 */
final class BenchRun {
    private final Mode mode;
    private final Model started; // the model to start in a child JVM, or null to load host:port
    private final String host;
    private final Integer port;
    private final int connections;
    private final Service service;
    private final LoadRun.Ask ask;
    private final boolean connectPerRequest;
    private final Integer hog;
    private final Duration duration;
    private final Narrator narrator;
    private final AtomicLong seconds = new AtomicLong(); // whole seconds loaded so far
    private final AtomicLong answered = new AtomicLong(); // requests answered in those seconds

    BenchRun(
            Mode mode,
            Model started,
            String host,
            Integer port,
            int connections,
            Service service,
            LoadRun.Ask ask,
            boolean connectPerRequest,
            Integer hog,
            Duration duration,
            Narrator narrator) {
        this.mode = mode;
        this.started = started;
        this.host = host;
        this.port = port;
        this.connections = connections;
        this.service = service;
        this.ask = ask;
        this.connectPerRequest = connectPerRequest;
        this.hog = hog;
        this.duration = duration;
        this.narrator = narrator;
    }

    BenchReport run() throws Exception {
        try (ChildJvm serverJvm = started == null ? null : ChildJvm.start("bench-server", ServerTask.class)) {
            int target;
            String server;
            if (serverJvm != null) {
                int workers = started == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
                target = serverJvm
                        .ask(
                                new ServerTask.Start(started, FibService.DEFAULT_MAX_N, workers, 0, service),
                                ServerTask.Started.class)
                        .port();
                server = "%s in a child JVM (pid %d)".formatted(started, serverJvm.pid());
            } else {
                target = port;
                server = host + ":" + port;
            }
            narrator.say("@|bold bench %s|@: %d %s asking %s%s, for %s, against %s"
                    .formatted(
                            mode,
                            connections,
                            connectPerRequest
                                    ? "client" + (connections == 1 ? "" : "s") + ", a new connection a request,"
                                    : "connection" + (connections == 1 ? "" : "s"),
                            ask.label(),
                            mode == Mode.RPS ? " as fast as they can" : " again and again",
                            Units.seconds(duration.toNanos()),
                            server + (hog == null ? "" : ", with a hog asking fib(%d) in a loop".formatted(hog))));
            // As the seed's clients: perf1 (latency) prints each round trip, perf2 (rps) each second's count.
            LongConsumer eachSecond = count -> {
                answered.addAndGet(count);
                long second = seconds.incrementAndGet();
                if (mode == Mode.RPS) {
                    narrator.event("second " + second, count + " reqs/sec");
                }
            };
            LongConsumer eachRoundTrip =
                    mode == Mode.LATENCY ? new RoundTripLines(narrator, ask.label())::add : roundTrip -> {};
            LoadRun.Result result = LoadRun.run(
                    serverJvm != null ? "127.0.0.1" : host,
                    target,
                    connections,
                    ask,
                    connectPerRequest,
                    hog,
                    duration,
                    eachSecond,
                    eachRoundTrip);
            return report(result, server);
        }
    }

    /** What a Ctrl-C reports: the whole seconds loaded so far. */
    String soFar() {
        long s = seconds.get();
        long a = answered.get();
        return s == 0 ? null : "%d requests in %d s, %d a second".formatted(a, s, a / s);
    }

    private BenchReport report(LoadRun.Result r, String server) {
        double secs = r.nanos() / 1e9;
        Histogram h = r.latency();
        BenchReport.Latency latency = new BenchReport.Latency(
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()),
                Units.round2(h.getMean() / 1e6));
        return new BenchReport(
                "bench",
                mode.toString(),
                server,
                connections,
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
                hog,
                Units.round2(r.hogRequests() / secs));
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
