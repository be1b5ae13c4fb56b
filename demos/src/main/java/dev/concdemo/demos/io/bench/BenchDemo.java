package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.EnumConverter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * Seed 003's perf clients against a fib server: {@code latency} (performance01: one
 * connection asking fib(n) again and again, how long each takes) and {@code rps}
 * (performance02: connections asking fib(1) as fast as they can, requests per second).
 * {@code --hog N} adds a connection asking fib(N) in a loop: the seed's unfairness test.
 *
 * <p>Try: {@code concdemo bench rps --model threads --hog 32}.
 */
@Scenario(chapter = Chapter.IO, seed = "003 performance01/02")
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "The seed's perf clients: latency or req/s against a fib server, with a hog.",
            "",
            "Against a server at --port, or one it starts itself with --model, in a child JVM so that client and"
                + " server never share a JVM. latency climbs the seed's ladder: 1 client asking fib(35) again and"
                + " again, then 2, then 3 (--connections), and compares each step's round trip with the one client"
                + " alone; a started model that computes fib on its connections' threads is measured a second time"
                + " under a simulated GIL, as CPython would run it. Round trips are printed as perf1 does (at most 10"
                + " lines a second: the slowest since the last line). rps prints the requests of each second, as perf2"
                + " does. Then totals and round-trip percentiles (HdrHistogram).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo bench latency                            fib(35): 1, 2, 3 clients, JVM and GIL",
            "  concdemo bench latency --connections 1 --duration 5   one client, as perf1 alone",
            "  concdemo bench rps --model nio --connections 8",
            "  concdemo bench rps --model threads --hog 32       the seed's unfairness",
            "  concdemo bench rps --port 25000 --json            a server you started"
        })
public final class BenchDemo extends ScenarioCommand<Record> {
    static final class ModeConverter extends EnumConverter<Mode> {
        ModeConverter() {
            super(Mode.class);
        }
    }

    /**
     * latency's fib(n): about 10 ms on the JVM here, two of the GIL's 5 ms switch intervals,
     * where the seed's perf1 fib(29) took 0.2 s in CPython. A Java fib(30) takes about 1 ms, so
     * short that the round trip's wake-ups would weigh as much as the work.
     */
    static final int LATENCY_N = 35;

    public BenchDemo(Session session) {
        super(session);
    }

    @Parameters(index = "0", paramLabel = "MODE", converter = ModeConverter.class, description = "latency or rps.")
    private Mode mode;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = Model.Converter.class,
            description = "Start this server model in a child JVM (default: threads, unless --port is given).")
    private Model model;

    @Option(names = "--port", paramLabel = "PORT", description = "Load a server already listening here instead.")
    private Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Its address (default: 127.0.0.1).")
    private String host = "127.0.0.1";

    @Option(names = "--n", paramLabel = "N", description = "fib(N) per request (default: 35 for latency, 1 for rps).")
    private Integer n;

    @Option(
            names = "--connections",
            paramLabel = "C",
            description = "Measured connections, 1 to 1000 (default: 1 for rps; 3 for latency, which measures 1, then"
                    + " 2, up to C).")
    private Integer connections;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "How long to load (default: 5 for rps; 1 for each step of latency).")
    private Double seconds;

    @Option(names = "--no-gil", description = "latency: skip the second server, the same model under a simulated GIL.")
    private boolean noGil;

    @Option(names = "--hog", paramLabel = "N", description = "One more connection asking fib(N) in a loop.")
    private Integer hog;

    @Option(
            names = "--service",
            paramLabel = "SERVICE",
            converter = Service.Converter.class,
            description = "fib (default), or upper: each request is the seeds' 'hello', which comes back 'HELLO'"
                    + " (with --model, the server started serves it; with --port, it must).")
    private Service service = Service.FIB;

    @Option(
            names = "--connect-per-request",
            description = "A new connection for every request, closed after the answer: no connection reuse"
                    + " (what seed 002's connection pool saves; the round trip includes the connect).")
    private boolean connectPerRequest;

    @Override
    public Integer call() throws Exception {
        int fibN = n != null ? n : mode == Mode.LATENCY ? LATENCY_N : 1;
        int clients = connections != null ? connections : mode == Mode.LATENCY ? 3 : 1;
        double each = seconds != null ? seconds : mode == Mode.LATENCY ? 1 : 5;
        validate(fibN, clients, each);
        Narrator narrator = session.narrator(common, 8);
        BenchRun run = new BenchRun(
                mode,
                plan(clients, Duration.ofNanos(Math.round(each * 1e9))),
                host,
                port,
                service,
                service == Service.FIB ? LoadRun.Ask.fib(fibN) : LoadRun.Ask.upper("hello"),
                connectPerRequest,
                hog,
                narrator);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        BenchReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(narrator, report);
            if (mode == Mode.LATENCY) {
                new LadderSummary(
                                report,
                                port == null ? started().kind() : null,
                                gilSkipped(port == null ? started() : null))
                        .lines()
                        .forEach(narrator::sayPlain);
            }
        }
        if (report.wrongAnswers() > 0) {
            throw new ScenarioFailure(report.wrongAnswers() + " wrong answers from " + report.server());
        }
        return ExitCode.OK;
    }

    /** The servers and steps this run measures. */
    private BenchPlan plan(int clients, Duration each) {
        Model started = started();
        BenchPlan.Server first =
                new BenchPlan.Server(started, false, started == null ? host + ":" + port : "" + started);
        if (mode == Mode.RPS) {
            return BenchPlan.rps(first, clients, each);
        }
        return gilSkipped(started) == null
                ? BenchPlan.latency(
                        List.of(first, new BenchPlan.Server(started, true, started + " + simulated GIL")),
                        clients,
                        each)
                : BenchPlan.latency(List.of(first), clients, each);
    }

    /** The model started in a child JVM, or null to load a server at --port. */
    private Model started() {
        return port == null ? (model == null ? Model.THREADS : model) : null;
    }

    /** Why latency measures no second server under a simulated GIL; null when it does. */
    private LadderSummary.NoGil gilSkipped(Model started) {
        String name = started == null ? "" : started.toString();
        if (noGil) {
            return new LadderSummary.NoGil("flag", name);
        }
        if (started == null) {
            return new LadderSummary.NoGil("port", name);
        }
        if (service != Service.FIB) {
            return new LadderSummary.NoGil("upper", name);
        }
        if (!FibServer.CAN_SIMULATE_GIL.contains(started)) {
            return new LadderSummary.NoGil(
                    started == Model.PROCS || started == Model.PROCESS ? "children" : "oneThread", name);
        }
        return null;
    }

    private void validate(int fibN, int clients, double each) {
        if (port != null && model != null) {
            throw new ParameterException(
                    spec.commandLine(), "--port and --model are alternatives: load a running server, or start one");
        }
        if (port != null) {
            Ranges.check(spec, "--port", port, 1, 65_535, null);
        }
        Ranges.check(spec, "--connections", clients, 1, 1000, null);
        Ranges.check(spec, "--duration", each, 1, 3600, "seconds");
        Ranges.check(spec, "--n", fibN, 0, FibService.DEFAULT_MAX_N, null);
        if (hog != null) {
            Ranges.check(spec, "--hog", hog, 0, FibService.DEFAULT_MAX_N, null);
        }
        if (service == Service.UPPER && (n != null || hog != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--n and --hog ask fib(N): the upper service has no n (it echoes 'hello')");
        }
    }

    private static void summarize(Narrator n, BenchReport r) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@ (%s)".formatted(r.server()));
        n.say(String.format(
                Locale.ROOT,
                "  %s in %.2f s = @|bold %.0f req/s|@ %s %d %s; %s, %s%s",
                Units.count(r.requests(), "request"),
                r.seconds(),
                r.requestsPerSecond(),
                r.connectPerRequest() ? "from" : "over",
                r.connections(),
                r.connectPerRequest()
                        ? (r.connections() == 1 ? "client" : "clients") + ", a new connection a request"
                        : r.connections() == 1 ? "connection" : "connections",
                Units.count(r.errors(), "error"),
                Units.count(r.wrongAnswers(), "wrong answer"),
                r.steps().size() > 1 ? " (in all steps)" : ""));
        BenchReport.Latency l = r.latencyMs();
        n.sayPlain(String.format(
                Locale.ROOT,
                "  round trip  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms",
                l.p50(),
                l.p90(),
                l.p99(),
                l.max()));
        if (r.hogN() != null) {
            n.sayPlain(String.format(
                    Locale.ROOT,
                    "  the hog got fib(%d) answered %.1f times a second meanwhile",
                    r.hogN(),
                    r.hogRequestsPerSecond()));
        }
    }
}
