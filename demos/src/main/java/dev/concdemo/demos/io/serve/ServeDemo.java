package dev.concdemo.demos.io.serve;

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
import dev.concdemo.support.work.Fib;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
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
public final class ServeDemo extends ScenarioCommand<ServeReport> {
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

    private int port = FibService.DEFAULT_PORT;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on (default: 25000, the talk's; 0: any free one).")
    void setPort(int value) {
        Ranges.check(spec, "--port", value, 0, 65_535, "0: any free port");
        port = value;
    }

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to listen on (default: 127.0.0.1; anything else is reachable from other machines).")
    private String host = "127.0.0.1";

    private int maxConnections = 1000;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            description = "Connections served at once; more are refused (default: 1000).")
    void setMaxConnections(int value) {
        Ranges.check(spec, "--max-connections", value, 1, 100_000, null);
        maxConnections = value;
    }

    private int maxN = FibService.DEFAULT_MAX_N;

    @Option(
            names = "--max-n",
            paramLabel = "N",
            description = "Largest n accepted (default: 45; at most 92, the largest whose fib fits in a long). Each n"
                    + " more takes about 1.6 times as long: serve times fib as it starts and says how long its"
                    + " --max-n takes here.")
    void setMaxN(int value) {
        Ranges.check(spec, "--max-n", value, 0, Fib.LARGEST, "fib(93) does not fit in 64 bits");
        maxN = value;
    }

    private Integer workers;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description =
                    "Threads of the pool model (default: 5), child JVMs of the procs model (default: one per core).")
    void setWorkers(int value) {
        Ranges.check(spec, "--workers", value, 1, 256, null);
        workers = value;
    }

    @Option(
            names = "--offload",
            paramLabel = "N",
            description =
                    "Compute fib(n) for n >= N in child JVMs at nice 19, so short requests stay fast beside long ones "
                            + "(threads, pool and virtual models).")
    private Integer offload;

    private Duration duration; // null: until Ctrl-C or SIGTERM

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "Stop after this long (default: run until Ctrl-C or SIGTERM).")
    void setDuration(double seconds) {
        Ranges.checkAbove(spec, "--duration", seconds, 0, 86_400, "seconds, at most a day");
        duration = Duration.ofMillis(Math.round(seconds * 1000));
    }

    @Option(
            names = {"-q", "--quiet"},
            description = "No connection lines.")
    private boolean quiet;

    private ServeRun run; // listening once introduced

    @Override
    protected void check() {
        if (offload != null) {
            Ranges.check(spec, "--offload", offload, 1, maxN, "at most --max-n");
            if (!FibServer.CAN_OFFLOAD.contains(model)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--offload needs a thread per connection to wait for the answer: "
                                + "use it with --model threads, pool or virtual, not " + model);
            }
        }
    }

    @Override
    protected List<String> labels() {
        return List.of(FibServer.widestLoggingThread());
    }

    /** Listens (a port in use is a usage error), then says where and how. */
    @Override
    protected void introduce(Narrator narrator) {
        run = listen(narrator);
        if (common.json()) {
            session.err().println("listening on %s:%d".formatted(host, run.port())); // stdout holds only the JSON
            session.err().flush(); // a script learns the port here
        }
        ServeOpening.heading(narrator, run, model, service, host, offload);
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            session.err()
                    .println("warning: listening on %s, not loopback: other machines can reach this server"
                            .formatted(host));
            session.err().flush();
        }
        ServeOpening.tryIt(narrator, run, service);
    }

    private ServeRun listen(Narrator narrator) {
        int size = workers != null
                ? workers
                : model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
        ServerConfig config = new ServerConfig(
                new InetSocketAddress(host, port), maxConnections, maxN, size, offload == null ? 0 : offload, service);
        try {
            return ServeRun.listen(model, config, narrator, quiet);
        } catch (BindException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot listen on %s:%d: %s (--port 0 takes a free one)".formatted(host, port, e.getMessage()));
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot listen on %s:%d: %s".formatted(host, port, e.getMessage()));
        }
    }

    @Override
    protected ServeReport run(Narrator narrator) throws InterruptedException {
        return run.serve(session.cancellation(), duration);
    }

    @Override
    protected void summarize(Narrator narrator, ServeReport report) {
        ServeSummary.print(narrator, report);
    }
}
