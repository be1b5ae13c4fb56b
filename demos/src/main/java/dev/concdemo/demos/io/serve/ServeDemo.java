package dev.concdemo.demos.io.serve;

import dev.concdemo.demos.io.fib.FibGrowth;
import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerConfig;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import dev.concdemo.support.work.Fib;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Serves the fib service (seed 003, and David Beazley's PyCon 2015 talk it follows): a
 * client sends n, the server answers fib(n), one of ten ways ({@link Model}). Runs until
 * Ctrl-C or SIGTERM (or --duration), then closes everything and prints what it counted.
 *
 * <p>Try: {@code concdemo serve --model nio}, then {@code nc 127.0.0.1 25000}.
 */
@Scenario(chapter = Chapter.IO, seed = "003 fib server, 002, 001")
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve fib(n) over TCP in one of ten models, sync to coroutines.",
            "",
            "A client sends a number, as a line (nc, telnet) or bare (seed 003's performance01 sends b'29', the talk's"
                + " perf1.py b'30'); the server answers fib(n) and a newline, or an error line. Connection lines as in"
                + " the seeds; Ctrl-C or SIGTERM stops it cleanly with a summary.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo serve                         threads, on 127.0.0.1:25000",
            "  concdemo serve --model nio --port 0    a free port, printed",
            "  concdemo serve --model nonblocking --duration 5   see the CPU it burns",
            "  then, elsewhere:  nc 127.0.0.1 25000   or   concdemo client 30 25 1"
        })
public final class ServeDemo extends ScenarioCommand<Record> {
    public ServeDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = Model.Converter.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: threads).")
    private Model model = Model.THREADS;

    @Option(
            names = "--service",
            paramLabel = "SERVICE",
            converter = Service.Converter.class,
            description = "fib (default) or upper: each read sent back upper-cased, the seeds' echo servers.")
    private Service service = Service.FIB;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on (default: 25000, the talk's; 0: any free one).")
    private int port = FibService.DEFAULT_PORT;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to listen on (default: 127.0.0.1; anything else is reachable from other machines).")
    private String host = "127.0.0.1";

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            description = "Connections served at once; more are refused (default: 1000).")
    private int maxConnections = 1000;

    @Option(
            names = "--max-n",
            paramLabel = "N",
            description = "Largest n accepted (default: 45; at most 92, the largest whose fib fits in a long). Each n"
                    + " more takes about 1.6 times as long: serve times fib as it starts and says how long its"
                    + " --max-n takes here.")
    private int maxN = FibService.DEFAULT_MAX_N;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description =
                    "Threads of the pool model (default: 5), child JVMs of the procs model (default: one per core).")
    private Integer workers;

    @Option(
            names = "--offload",
            paramLabel = "N",
            description =
                    "Compute fib(n) for n >= N in child JVMs at nice 19, so short requests stay fast beside long ones "
                            + "(threads, pool and virtual models).")
    private Integer offload;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "Stop after this long (default: run until Ctrl-C or SIGTERM).")
    private Double duration;

    @Option(
            names = {"-q", "--quiet"},
            description = "No connection lines.")
    private boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        Narrator narrator = session.narrator(common, 24);
        int size = workers != null
                ? workers
                : model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
        ServerConfig config = new ServerConfig(
                new InetSocketAddress(host, port), maxConnections, maxN, size, offload == null ? 0 : offload, service);
        ServeRun run;
        try {
            run = ServeRun.listen(model, config, narrator, quiet);
        } catch (BindException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot listen on %s:%d: %s (--port 0 takes a free one)".formatted(host, port, e.getMessage()));
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot listen on %s:%d: %s".formatted(host, port, e.getMessage()));
        }
        String listening = "listening on %s:%d".formatted(host, run.port());
        if (common.json()) {
            session.err().println(listening); // stdout holds only the JSON; a script learns the port here
            session.err().flush();
        }
        Texts words = Texts.of(ServeDemo.class);
        narrator.say(
                "@|bold serve --model %s%s|@".formatted(model, service == Service.FIB ? "" : " --service " + service)
                        + words.format( // the command in bold, then the bundle's words
                                "heading",
                                words.format("listening", host, run.port()),
                                words.format("model." + model.name().toLowerCase(Locale.ROOT))));
        if (service == Service.FIB) {
            narrator.sayPlain(Width.fill(growthText(run.growth(), maxN)));
        }
        if (offload != null) {
            narrator.sayPlain("fib(n) for n >= %d is computed in child JVMs at nice 19: short requests keep the CPU"
                    .formatted(offload));
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            session.err()
                    .println("warning: listening on %s, not loopback: other machines can reach this server"
                            .formatted(host));
            session.err().flush();
        }
        narrator.sayPlain("Try: nc 127.0.0.1 %d  (%s)   Stop: Ctrl-C"
                .formatted(
                        run.port(),
                        service == Service.FIB ? "type a number, get its fib" : "type text, get it upper-cased"));

        ServeReport report = run.serve(
                session.cancellation(), duration == null ? null : Duration.ofMillis(Math.round(duration * 1000)));
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(narrator, report);
        }
        return ExitCode.OK;
    }

    private void validate() {
        Ranges.check(spec, "--port", port, 0, 65_535, "0: any free port");
        Ranges.check(spec, "--max-n", maxN, 0, Fib.LARGEST, "fib(93) does not fit in 64 bits");
        Ranges.check(spec, "--max-connections", maxConnections, 1, 100_000, null);
        if (workers != null) {
            Ranges.check(spec, "--workers", workers, 1, 256, null);
        }
        if (offload != null) {
            Ranges.check(spec, "--offload", offload, 1, maxN, "at most --max-n");
        }
        if (offload != null && !FibServer.CAN_OFFLOAD.contains(model)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--offload needs a thread per connection to wait for the answer: "
                            + "use it with --model threads, pool or virtual, not " + model);
        }
        if (duration != null) {
            Ranges.checkAbove(spec, "--duration", duration, 0, 86_400, "seconds, at most a day");
        }
    }

    /** How long fib(n) takes as n grows, from what was timed as the server started. */
    static String growthText(FibGrowth g, int maxN) {
        Texts texts = Texts.of(ServeDemo.class);
        double seconds = g.seconds(maxN);
        String maxNTime = seconds < 120
                ? texts.format("seconds", seconds)
                : seconds < 2 * 86_400
                        ? texts.format("hours", seconds / 3600)
                        : texts.format("years", seconds / 31_557_600);
        return texts.format(
                "growth",
                g.from(),
                g.millis().getFirst(),
                g.to(),
                g.millis().getLast(),
                g.ratio(),
                maxN,
                maxNTime,
                g.log10Years(1000));
    }

    private void summarize(Narrator narrator, ServeReport r) {
        narrator.sayPlain("");
        narrator.say("@|bold " + Texts.heading("Summary")
                + "|@ (%s, up %s)".formatted(model, Units.seconds(r.uptimeMs() * 1_000_000)));
        narrator.sayPlain("  connections %d, requests %d, errors %d, refused %d"
                .formatted(r.connections(), r.requests(), r.errors(), r.rejected()));
        narrator.sayPlain("  CPU used while serving: %s, %s of a core on average%s"
                .formatted(
                        Units.seconds(r.cpuMs() * 1_000_000),
                        Units.fixed2(r.cpuShare()),
                        model == Model.NONBLOCKING ? " (the polling loop never waits, even with no client)" : ""));
        narrator.sayPlain("  server threads at the end: " + r.threads());
    }
}
