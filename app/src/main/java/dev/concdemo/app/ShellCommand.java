package dev.concdemo.app;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.os.UnixSignals;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
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
        if (!session.inputIsTerminal()) { // lines from a pipe or a file: run them, no line editing
            return new Shell(session.in(), session.out(), session.environment()).run();
        }
        Terminal terminal = session.terminal();
        Shell shell = new Shell(terminal, session.environment(), session.outputIsTerminal(), historyFile());
        try {
            UnixSignals.handle("TERM", shell::terminate);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // SIGTERM ends the JVM as by default
        }
        return shell.run();
    }

    /** $HOME/.concdemo_history ($HOME as the environment says, as shells do; the JVM's user.home else). */
    private Path historyFile() {
        String home = session.environment().getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".concdemo_history");
    }
}
