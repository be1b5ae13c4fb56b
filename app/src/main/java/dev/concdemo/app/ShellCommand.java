package dev.concdemo.app;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.proc.UnixSignals;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

/**
 * {@code concdemo shell}: every command at one prompt ({@link Shell}), with completion and a
 * history kept in {@code ~/.concdemo_history}. On a terminal it is the system terminal; from a
 * pipe, a dumb one reading the lines given.
 */
@Command(
        name = "shell",
        mixinStandardHelpOptions = true,
        description = "An interactive shell: completion, history; every command runs inside it.",
        footerHeading = "%nIn the shell:%n",
        footer = {
            "  deadlock --fix order           runs a scenario; Ctrl-C stops it and returns to the prompt",
            "  set time-scale 0.2             kept for every command that takes it (also lang, color)",
            "  explain gil                    any concdemo command; Tab completes; Ctrl-D or exit leaves"
        })
final class ShellCommand implements Callable<Integer> {
    private final Session session;

    ShellCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Terminal terminal = session.inputIsTerminal()
                ? session.terminal()
                : TerminalBuilder.builder()
                        .system(false)
                        .streams(session.in(), new WriterStream(session.out()))
                        .dumb(true)
                        .type("dumb")
                        .build();
        try {
            Shell shell = new Shell(terminal, session.environment(), session.outputIsTerminal(), historyFile());
            try {
                UnixSignals.handle("TERM", shell::terminate);
            } catch (ReflectiveOperationException | RuntimeException unavailable) {
                // SIGTERM ends the JVM as by default
            }
            return shell.run();
        } finally {
            if (!session.inputIsTerminal()) {
                terminal.close();
            }
        }
    }

    /** Bytes to a writer, decoded as UTF-8 at each flush (jline's dumb terminal writes whole characters). */
    private static final class WriterStream extends java.io.ByteArrayOutputStream {
        private final java.io.PrintWriter writer;

        WriterStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void flush() {
            writer.write(toString(java.nio.charset.StandardCharsets.UTF_8));
            reset();
            writer.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** $HOME/.concdemo_history ($HOME as the environment says, as shells do; the JVM's user.home else). */
    private Path historyFile() {
        String home = session.environment().getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".concdemo_history");
    }
}
