package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.Ask;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.EnumConverter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.ArgGroup;
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
public final class BenchDemo extends ScenarioCommand<BenchReport> {
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

    /** The server loaded: one this run starts, or one already listening; not both. */
    static final class Target {
        @Option(
                names = "--model",
                paramLabel = "MODEL",
                converter = Model.Converter.class,
                description = "Start this server model in a child JVM (default: threads, unless --port is given).")
        Model model;

        @Option(names = "--port", paramLabel = "PORT", description = "Load a server already listening here instead.")
        Integer port;
    }

    @ArgGroup(exclusive = true)
    private Target target = new Target();

    @Option(names = "--host", paramLabel = "HOST", description = "Its address (default: 127.0.0.1).")
    private String host = "127.0.0.1";

    private Integer n;

    @Option(names = "--n", paramLabel = "N", description = "fib(N) per request (default: 35 for latency, 1 for rps).")
    void setN(int value) {
        Ranges.check(spec, "--n", value, 0, FibService.DEFAULT_MAX_N, null);
        n = value;
    }

    private Integer connections;

    @Option(
            names = "--connections",
            paramLabel = "C",
            description = "Measured connections, 1 to 1000 (default: 1 for rps; 3 for latency, which measures 1, then"
                    + " 2, up to C).")
    void setConnections(int value) {
        Ranges.check(spec, "--connections", value, 1, 1000, null);
        connections = value;
    }

    private Double seconds;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "How long to load (default: 5 for rps; 1 for each step of latency).")
    void setSeconds(double value) {
        Ranges.check(spec, "--duration", value, 1, 3600, "seconds");
        seconds = value;
    }

    @Option(names = "--no-gil", description = "latency: skip the second server, the same model under a simulated GIL.")
    private boolean noGil;

    private Integer hog;

    @Option(names = "--hog", paramLabel = "N", description = "One more connection asking fib(N) in a loop.")
    void setHog(int value) {
        Ranges.check(spec, "--hog", value, 0, FibService.DEFAULT_MAX_N, null);
        hog = value;
    }

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

    private BenchRun run; // once started: what a Ctrl-C reports

    @Override
    protected void check() {
        if (target.port != null) {
            Ranges.check(spec, "--port", target.port, 1, 65_535, null);
        }
        if (service == Service.UPPER && (n != null || hog != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--n and --hog ask fib(N): the upper service has no n (it echoes 'hello')");
        }
    }

    @Override
    protected List<String> labels() {
        BenchPlan plan = plan();
        return mode == Mode.LATENCY
                ? List.of(LoadRun.connectionName(plan.clients().getLast()))
                : List.of(BenchRun.secondLabel(
                        plan.duration().toSeconds() * plan.servers().size()));
    }

    @Override
    protected Expected expected() {
        BenchPlan plan = plan();
        return new Expected(plan.estimate(), plan.howToShorten());
    }

    @Override
    protected BenchReport run(Narrator narrator) throws Exception {
        int fibN = n != null ? n : mode == Mode.LATENCY ? LATENCY_N : 1;
        Ask ask = service == Service.FIB ? Ask.fib(fibN) : Ask.upper("hello");
        run = new BenchRun(
                new BenchRun.Settings(mode, plan(), host, target.port, service, ask, connectPerRequest, hog), narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, BenchReport report) {
        LadderSummary ladder = mode == Mode.LATENCY
                ? new LadderSummary(report, started() == null ? null : started().kind(), gilSkipped())
                : null;
        BenchSummary.print(narrator, report, ladder);
    }

    @Override
    public List<Figure> figures(BenchReport report) {
        return BenchFigures.of(report);
    }

    @Override
    protected int exitCode(BenchReport report) {
        if (report.wrongAnswers() > 0) {
            throw new ScenarioFailure(report.wrongAnswers() + " wrong answers from " + report.server());
        }
        return ExitCode.OK;
    }

    /** The servers and steps this run measures. */
    private BenchPlan plan() {
        int clients = connections != null ? connections : mode == Mode.LATENCY ? 3 : 1;
        double each = seconds != null ? seconds : mode == Mode.LATENCY ? 1 : 5;
        return BenchPlan.of(
                mode,
                started(),
                host + ":" + target.port,
                gilSkipped() == null,
                clients,
                Duration.ofNanos(Math.round(each * 1e9)));
    }

    /** The model started in a child JVM, or null to load a server at --port. */
    private Model started() {
        return target.port == null ? (target.model == null ? Model.THREADS : target.model) : null;
    }

    private LadderSummary.NoGil gilSkipped() {
        return LadderSummary.NoGil.of(noGil, started(), service);
    }
}
