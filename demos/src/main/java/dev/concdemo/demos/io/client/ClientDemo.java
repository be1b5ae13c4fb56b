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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
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
                    + ClientDemo.HISTORY_FILE
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
public final class ClientDemo extends ScenarioCommand<Record> {
    /** The prompt's history, in the user's home directory, kept between sessions. */
    static final String HISTORY_FILE = ".concdemo_client_history";

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

    @Option(names = "--port", paramLabel = "PORT", description = "Server port (default: 25000; 1 to 65535).")
    private int port = FibService.DEFAULT_PORT;

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
    public Integer call() throws IOException, InterruptedException {
        Ranges.check(spec, "--port", port, 1, 65_535, "the port the server printed");
        if (bare && service == Service.UPPER) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--bare sends no newline, and upper echoes as it came: no line end to wait for");
        }
        Narrator n = session.narrator(common, 0);
        ClientReport report;
        try (ClientRun run = connect(n)) {
            if (!requests.isEmpty()) {
                for (String request : requests) {
                    if (!run.ask(request)) {
                        break;
                    }
                }
            } else if (!session.inputIsTerminal()) {
                fromPipe(run); // stdin or stdout is not a terminal: no prompt, one request per line
            } else {
                interactive(run, n);
            }
            report = run.report();
        }
        if (common.json()) {
            common.printJson(session, report);
        }
        if (report.closedByServer()) {
            int answered = report.answers() + report.errors();
            throw new ScenarioFailure(
                    "the server closed the connection after %d answer%s".formatted(answered, answered == 1 ? "" : "s"));
        }
        return ExitCode.OK;
    }

    private ClientRun connect(Narrator n) {
        try {
            return new ClientRun(host, port, bare, service, n);
        } catch (UnknownHostException e) {
            throw new ScenarioFailure("unknown host '%s'".formatted(host));
        } catch (IOException e) {
            throw new ScenarioFailure("cannot connect to %s:%d (%s); start a server: concdemo serve%s"
                    .formatted(host, port, e.getMessage(), port == FibService.DEFAULT_PORT ? "" : " --port " + port));
        }
    }

    private void interactive(ClientRun run, Narrator n) throws IOException, InterruptedException {
        n.sayPlain(Texts.of(ClientDemo.class).format("connected", host, port));
        Terminal terminal = session.terminal();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("concdemo client")
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
                .build();
        run.onServerClosed(() -> terminal.raise(Terminal.Signal.INT)); // end the prompt now
        try {
            while (!run.closedByServer()) {
                String line;
                try {
                    line = reader.readLine(">>> ");
                } catch (UserInterruptException | EndOfFileException bye) {
                    return;
                }
                if (line.isEmpty() || !line.isBlank() && !run.ask(line)) {
                    return; // an empty line ends; a line of spaces is not a request and is skipped
                }
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException unwritable) {
                // a home directory we may not write to: the history is a convenience, not the run
            }
        }
    }

    private void fromPipe(ClientRun run) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank() && !run.ask(line)) {
                return;
            }
        }
    }
}
