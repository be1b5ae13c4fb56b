package dev.concdemo.demos.io.client;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Where the client's requests come from: the command line, else a pipe (a line each), else
 * the seeds' {@code input('>>> ')} prompt, with history. Each is sent as it comes, until the
 * input ends or the server closes the connection.
 */
final class ClientInput {
    /** The prompt's history, in the user's home directory, kept between sessions. */
    static final String HISTORY_FILE = ".concdemo_client_history";

    private final Session session;
    private final Narrator narrator;

    ClientInput(Session session, Narrator narrator) {
        this.session = session;
        this.narrator = narrator;
    }

    /** Sends {@code requests}, or, with none, what the pipe or the prompt gives. */
    void sendAll(ClientRun run, List<String> requests, String host, int port) throws IOException, InterruptedException {
        if (!requests.isEmpty()) {
            for (String request : requests) {
                if (!run.ask(request)) {
                    return;
                }
            }
        } else if (!session.inputIsTerminal()) {
            fromPipe(run); // stdin or stdout is not a terminal: no prompt, one request per line
        } else {
            interactive(run, host, port);
        }
    }

    private void interactive(ClientRun run, String host, int port) throws IOException, InterruptedException {
        narrator.sayPlain(Texts.of(ClientInput.class).format("connected", host, port));
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
                Swallowed.report("saving the prompt's history", unwritable);
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
