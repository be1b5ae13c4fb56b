package dev.concdemo.demos.io.client;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.net.UnknownHostException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * A client for the fib service, like the seeds' (001/002: {@code input('>>> ')}, send,
 * print the answer): interactive with a prompt and history, or with the requests given on
 * the command line. Shows each answer with its round-trip time.
 *
 * <p>Try: {@code concdemo client}, or {@code concdemo client 30 25 1}.
 */
@Scenario(chapter = Chapter.IO, seed = "001/002 clients")
@Command(
        name = "client",
        mixinStandardHelpOptions = true,
        description = {
            "Ask a fib server: a '>>> ' prompt with history, or numbers; round trip each.",
            "",
            "Start a server first (concdemo serve). With no numbers it prompts (history kept in ~/"
                    + ClientInput.HISTORY_FILE
                    + "); Ctrl-D, Ctrl-C or an empty line ends. With input from a pipe it sends each line. --bare"
                    + " sends numbers without a newline, as the talk's perf clients do. If the server closes the"
                    + " connection, the client says so at once and exits 1.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo client                    >>> 30",
            "  concdemo client 30 25 1            three requests, three answers",
            "  seq 1 20 | concdemo client --port 25001"
        })
public final class ClientDemo extends ScenarioCommand<ClientReport> {
    public ClientDemo(Session session) {
        super(session);
    }

    @Parameters(
            paramLabel = "N",
            arity = "0..*",
            description = "Requests to send (normally numbers; anything is sent as it is).")
    private List<String> requests = List.of();

    @Option(names = "--host", paramLabel = "HOST", description = "Server address (default: 127.0.0.1).")
    private String host = "127.0.0.1";

    private int port = FibService.DEFAULT_PORT;

    @Option(names = "--port", paramLabel = "PORT", description = "Server port (default: 25000; 1 to 65535).")
    void setPort(int value) {
        Ranges.check(spec, "--port", value, 1, 65_535, "the port the server printed");
        port = value;
    }

    @Option(names = "--bare", description = "Send each number with no newline, as the talk's perf clients do.")
    private boolean bare;

    @Option(
            names = "--service",
            paramLabel = "SERVICE",
            converter = Service.Converter.class,
            description = "What the server answers: fib (default), or upper (serve --service upper: the seeds'"
                    + " echo; each line comes back upper-cased).")
    private Service service = Service.FIB;

    @Override
    protected void check() {
        if (bare && service == Service.UPPER) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--bare sends no newline, and upper echoes as it came: no line end to wait for");
        }
    }

    @Override
    protected ClientReport run(Narrator n) throws IOException, InterruptedException {
        try (ClientRun run = connect(n)) {
            new ClientInput(session, n).sendAll(run, requests, host, port);
            return run.report();
        }
    }

    private ClientRun connect(Narrator n) {
        Texts texts = Texts.of(ClientDemo.class);
        try {
            return new ClientRun(host, port, bare, service, n);
        } catch (UnknownHostException e) {
            throw new ScenarioFailure(texts.format("failure.unknownHost", host));
        } catch (IOException e) {
            throw new ScenarioFailure(texts.format(
                    "failure.connect",
                    host,
                    port,
                    e.getMessage(),
                    port == FibService.DEFAULT_PORT ? "" : " --port " + port));
        }
    }

    /** Each answer was told as it came: nothing to add. */
    @Override
    protected void summarize(Narrator n, ClientReport report) {}

    @Override
    protected int exitCode(ClientReport report) {
        if (report.closedByServer()) {
            Texts texts = Texts.of(ClientDemo.class);
            throw new ScenarioFailure(
                    texts.format("failure.closed", texts.count("answers", report.answers() + report.errors())));
        }
        return ExitCode.OK;
    }
}
