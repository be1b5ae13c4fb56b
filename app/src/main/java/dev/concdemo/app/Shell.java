package dev.concdemo.app;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell behind {@code concdemo shell}: a jline prompt with completion and
 * history on a terminal it is given; each line runs one concdemo command in this JVM, in a
 * session of its own (its own clock, cancel signal and trace), so no state passes from one run
 * to the next. Ctrl-C during a run cancels that run; at the prompt it only clears the line.
 * {@code set NAME VALUE} keeps time-scale, lang and color for the commands that take them.
 * After each run the shell checks that the run's threads and child processes are gone.
 */
final class Shell {
    private final Terminal terminal; // null: lines from a pipe, no line editing
    private final InputStream in;
    private final PrintWriter out;
    private final Map<String, String> environment;
    private final boolean outputIsTerminal;
    private final Path historyFile;
    private final CommandLine tree; // the whole command tree, for completion and for which command takes what
    private final ShellSettings settings; // confined to the shell's thread
    private volatile Session running; // the run in progress, for Ctrl-C; null at the prompt
    private volatile boolean leaving; // exit, or SIGTERM: leave once the run in progress has stopped
    private volatile boolean terminated; // by SIGTERM: the shell's status is 143, as a shell's would be
    private final Launcher launcher;
    private int runs;
    private int leftBehind;

    /** Runs one command line in a session: {@link Main#run}; a test's stand-in elsewhere. */
    @FunctionalInterface
    interface Launcher {
        int run(Session session, String... args);
    }

    Shell(Terminal terminal, Map<String, String> environment, boolean outputIsTerminal, Path historyFile) {
        this(terminal, terminal.writer(), terminal.input(), environment, outputIsTerminal, historyFile, Main::run);
    }

    /** A shell reading lines from {@code in} (a pipe, a file), writing to {@code out}: no completion, no history. */
    Shell(InputStream in, PrintWriter out, Map<String, String> environment) {
        this(in, out, environment, Main::run);
    }

    /** The same, each command run by {@code launcher} (tests). */
    Shell(InputStream in, PrintWriter out, Map<String, String> environment, Launcher launcher) {
        this(null, out, in, environment, false, null, launcher);
    }

    private Shell(
            Terminal terminal,
            PrintWriter out,
            InputStream in,
            Map<String, String> environment,
            boolean outputIsTerminal,
            Path historyFile,
            Launcher launcher) {
        this.terminal = terminal;
        this.launcher = launcher;
        this.in = in;
        this.out = out;
        this.environment = environment;
        this.outputIsTerminal = outputIsTerminal;
        this.historyFile = historyFile;
        this.tree = Main.commandLine(
                Session.of(new PrintWriter(PrintWriter.nullWriter()), new PrintWriter(PrintWriter.nullWriter())),
                "help");
        this.settings = new ShellSettings(tree);
    }

    /** Reads and runs lines until exit, Ctrl-D or the end of the input; returns the shell's exit status. */
    int run() {
        if (terminal == null) {
            return runLines();
        }
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("concdemo")
                .completer(new ShellCompleter(tree, settings))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        terminal.handle(Terminal.Signal.INT, signal -> interrupt());
        out.println("concdemo shell: every concdemo command runs here (list, explain, deadlock, ...).");
        out.println("Tab completes; Ctrl-C stops a run; Ctrl-D or 'exit' leaves.");
        out.println("'set time-scale 0.2' keeps an option for the commands after it.");
        out.flush();
        try {
            while (!leaving) {
                String line;
                try {
                    line = reader.readLine("concdemo> ");
                } catch (UserInterruptException atThePrompt) {
                    continue; // Ctrl-C at the prompt: the line is dropped, nothing else happens
                } catch (EndOfFileException done) {
                    break;
                }
                runLine(reader.getParsedLine().words());
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException | RuntimeException unsaved) {
                out.println("shell: history not saved: " + unsaved.getMessage());
            }
            out.flush();
        }
        return terminated ? 128 + 15 : 0;
    }

    /** Lines from a pipe: each echoed after the prompt, so the output reads as a transcript. */
    private int runLines() {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String line;
            while (!leaving && (line = lines.readLine()) != null) {
                out.println("concdemo> " + line);
                runLine(new DefaultParser().parse(line, line.length()).words());
            }
        } catch (IOException | RuntimeException unreadable) {
            out.println("shell: cannot read the input: " + unreadable.getMessage());
            out.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    private void runLine(List<String> parsed) {
        List<String> words = parsed.stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return;
        }
        switch (words.getFirst()) {
            case "exit", "quit" -> leaving = true;
            case "set" -> out.println(settings.set(words.subList(1, words.size())));
            case "shell" -> out.println("shell: already in the shell");
            default -> runOne(words);
        }
        out.flush();
    }

    /** Ctrl-C (or a test): cancels the run in progress; at the prompt the reader handles it. */
    void interrupt() {
        Session run = running;
        if (run != null && !run.cancellation().cancel(Cancellation.Reason.INTERRUPTED)) {
            out.println("shell: still stopping the run");
            out.flush();
        }
    }

    /**
     * SIGTERM: stops the run in progress, and the shell after it. At the prompt, the reader is
     * woken as by Ctrl-C, and the loop sees that it is to leave.
     */
    void terminate() {
        terminated = true;
        leaving = true;
        if (running != null) {
            interrupt();
        } else if (terminal != null) {
            terminal.raise(Terminal.Signal.INT);
        }
    }

    /** Runs so far, and how many of them left a thread or a process behind (tests). */
    int runs() {
        return runs;
    }

    int leftBehind() {
        return leftBehind;
    }

    /** The words typed, with the session's settings where the command takes them (tests). */
    List<String> withSettings(List<String> words) {
        return settings.applyTo(words);
    }

    private void runOne(List<String> words) {
        List<String> args = withSettings(words);
        RunResidue before = RunResidue.now();
        Session session = terminal == null
                ? new Session(out, out, InputStream.nullInputStream(), false, false, environment)
                : new Session(out, out, terminal.input(), outputIsTerminal, true, environment)
                        .sharingTerminal(terminal);
        running = session;
        try {
            launcher.run(session, args.toArray(String[]::new));
        } catch (RuntimeException failure) {
            // A command's failure: an exception the command line let through. picocli reports
            // what a scenario throws itself (Failures); what reaches here is a RuntimeException
            // from building or running the command line, a bug: one line, and the shell goes
            // on. An Error (out of memory, a stack overflow, a class that cannot be loaded) is
            // the JVM's trouble, not the command's: it is not caught, and it ends the shell.
            out.println("concdemo " + words.getFirst() + ": " + failure);
        } finally {
            running = null;
            Thread.interrupted(); // a cancel that came late must not reach the prompt
            out.flush();
        }
        runs++;
        String left = before.leftSince(Duration.ofSeconds(3));
        if (!left.isEmpty()) {
            leftBehind++;
            out.println("shell: the run left behind " + left);
        }
    }
}
