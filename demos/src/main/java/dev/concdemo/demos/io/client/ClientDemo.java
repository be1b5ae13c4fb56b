package dev.concdemo.demos.io.client;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
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
            "Start a server first (concdemo serve). With no numbers it prompts; Ctrl-D, Ctrl-C or an empty line ends."
                + " With input from a pipe it sends each line. --bare sends numbers without a newline, as the talk's"
                + " perf clients do.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo client                    >>> 30",
            "  concdemo client 30 25 1            three requests, three answers",
            "  seq 1 20 | concdemo client --port 25001"
        })
public final class ClientDemo extends ScenarioCommand {
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

    @Option(names = "--port", paramLabel = "PORT", description = "Server port (default: 25000).")
    private int port = FibService.DEFAULT_PORT;

    @Option(names = "--bare", description = "Send each number with no newline, as the talk's perf clients do.")
    private boolean bare;

    @Override
    public Integer call() throws IOException {
        Narrator n = session.narrator(common, 0);
        try (FibConnection connection = connect()) {
            if (!requests.isEmpty()) {
                for (String request : requests) {
                    ask(connection, request, n);
                }
            } else if (!session.inputIsTerminal()) {
                fromPipe(connection, n); // stdin or stdout is not a terminal: no prompt, one request per line
            } else {
                interactive(connection, n);
            }
        }
        return ExitCode.OK;
    }

    private FibConnection connect() {
        try {
            return new FibConnection(host, port);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot connect to %s:%d (%s); start a server with 'concdemo serve --port %d'"
                            .formatted(host, port, e.getMessage(), port),
                    e);
        }
    }

    /** One request, its answer and the round trip; false if the server closed the connection. */
    private boolean ask(FibConnection connection, String request, Narrator n) throws IOException {
        long start = System.nanoTime();
        String answer = bare ? connection.exchange(request.strip()) : connection.exchange(request.strip() + "\n");
        long nanos = System.nanoTime() - start;
        if (answer == null) {
            n.say("@|fg_red the server closed the connection|@");
            return false;
        }
        String rtt = String.format(Locale.ROOT, "(round trip %.2f ms)", nanos / 1e6);
        if (answer.startsWith("error:")) {
            n.say("@|fg_red %s|@  %s".formatted(answer, rtt));
        } else {
            n.say("fib(%s) = @|bold %s|@  %s".formatted(request.strip(), answer, rtt));
        }
        return true;
    }

    private void interactive(FibConnection connection, Narrator n) throws IOException {
        n.sayPlain("Connected to %s:%d. Type a number; Ctrl-D or an empty line ends.".formatted(host, port));
        LineReader reader = LineReaderBuilder.builder()
                .terminal(session.terminal())
                .appName("concdemo client")
                .build();
        while (true) {
            String line;
            try {
                line = reader.readLine(">>> ");
            } catch (UserInterruptException | EndOfFileException bye) {
                return;
            }
            if (line.isBlank() || !ask(connection, line, n)) {
                return;
            }
        }
    }

    private void fromPipe(FibConnection connection, Narrator n) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank() && !ask(connection, line, n)) {
                return;
            }
        }
    }
}
