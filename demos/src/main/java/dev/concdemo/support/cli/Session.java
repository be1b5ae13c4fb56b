package dev.concdemo.support.cli;

import dev.concdemo.support.html.PageFacts;
import dev.concdemo.support.html.RunPage;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.RunClock;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Transcript;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * One run of one command, handed to it by the CLI (a picocli factory): where it writes and
 * reads, whether those are a terminal, the run's one clock, its cancel signal and its trace.
 * A scenario touches nothing of the JVM's own (no {@code System.out}, no terminal of its own,
 * no shutdown hook, no exit), so the same scenario runs from the CLI, a shell and a test.
 */
public final class Session {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final boolean outputIsTerminal;
    private final boolean inputIsTerminal;
    private final Map<String, String> environment;
    private final RunClock clock = new RunClock();
    private final Cancellation cancellation = new Cancellation();
    private volatile Trace trace = Trace.off();
    private volatile Path traceFile;
    private volatile Path htmlFile;
    private volatile Transcript transcript; // what the narrator said, with --html
    private volatile PageFacts page; // what the page says besides the transcript and the timeline
    private final Lang lang;
    private Terminal terminal; // guarded by this; opened on first use
    private boolean terminalIsOurs = true; // guarded by this; false for a shell's terminal, which outlives the run
    private volatile Runnable onStart = () -> {};
    private volatile Supplier<String> soFar = () -> null;

    public Session(
            PrintWriter out,
            PrintWriter err,
            InputStream in,
            boolean outputIsTerminal,
            boolean inputIsTerminal,
            Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.outputIsTerminal = outputIsTerminal;
        this.inputIsTerminal = inputIsTerminal;
        this.environment = Map.copyOf(environment);
        this.lang = Lang.fromEnvironment(environment);
    }

    /**
     * Hands the run a terminal that is already open (a shell's): {@link #terminal()} returns
     * it, and the run's end leaves it open.
     */
    public synchronized Session sharingTerminal(Terminal shared) {
        terminal = shared;
        terminalIsOurs = false;
        return this;
    }

    /** The language the environment asks for (LC_ALL, LC_MESSAGES, LANG); {@code --lang} overrides it for a run. */
    public Lang lang() {
        return lang;
    }

    /** The environment this session was given. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The columns every line must fit: min(terminal width, 100). In the shell, its terminal's
     * width now; otherwise COLUMNS, which the launcher sets on a terminal ({@link Width#columns}).
     */
    public synchronized int columns() {
        if (terminal != null && !terminalIsOurs) {
            return Width.clamp(terminal.getWidth());
        }
        return Width.columns(environment);
    }

    /** Whether standard output is a terminal. */
    public boolean outputIsTerminal() {
        return outputIsTerminal;
    }

    /**
     * What the run has measured so far, told if it is interrupted ("12 of 40 trials, 11 lost
     * updates"). Read on the command's own thread once it has stopped; null for nothing.
     */
    public void measuredSoFar(Supplier<String> line) {
        soFar = line;
    }

    String soFar() {
        try {
            return soFar.get();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Runs {@code action} when a command starts running in this session (not for help or usage errors). */
    public void onStart(Runnable action) {
        onStart = action;
    }

    /** The command starts: the clock restarts, and what was asked for at the start runs. */
    void started() {
        clock.restart();
        onStart.run();
    }

    /** A session for tests: these writers, no input, not a terminal, no environment. */
    public static Session of(PrintWriter out, PrintWriter err) {
        return new Session(out, err, InputStream.nullInputStream(), false, false, Map.of());
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Standard input, for the scenarios that read it (the client's prompt). */
    public InputStream in() {
        return in;
    }

    /** Whether a person is typing the input (a prompt makes sense). */
    public boolean inputIsTerminal() {
        return inputIsTerminal;
    }

    /**
     * The terminal a person types at, for line editing and history (jline), opened on first
     * use and closed when the run ends. Only when {@link #inputIsTerminal()}.
     */
    public synchronized Terminal terminal() throws IOException {
        if (terminal == null) {
            terminal = TerminalBuilder.builder().system(true).build();
        }
        return terminal;
    }

    public RunClock clock() {
        return clock;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public Trace trace() {
        return trace;
    }

    /**
     * The narrator for this run, as the output options ask: silent with {@code --json},
     * coloured by {@code --color} (auto: a terminal, not TERM=dumb, no NO_COLOR), recording
     * into the trace with {@code --trace}; a closed output cancels the run.
     */
    public Narrator narrator(CommonOptions options, int labelWidth) {
        if (options.traceFile() != null && traceFile == null) {
            traceFile = options.traceFile();
        }
        if (options.htmlFile() != null && htmlFile == null) {
            htmlFile = options.htmlFile();
            transcript = new Transcript();
        }
        if ((traceFile != null || htmlFile != null) && !trace.enabled()) {
            trace = Trace.on(clock); // the page draws the same events the trace file holds
        }
        Narrator narrator = new Narrator(
                out,
                colour(options),
                options.json(),
                labelWidth,
                clock,
                trace,
                () -> cancellation.cancel(Cancellation.Reason.OUTPUT_CLOSED));
        if (transcript != null) {
            narrator.recordInto(transcript);
        }
        narrator.showProgressOnTerminal(outputIsTerminal && !options.json());
        narrator.fitTo(columns());
        return narrator;
    }

    boolean colour(CommonOptions options) {
        return !options.json()
                && switch (options.colour()) {
                    case ALWAYS -> true;
                    case NEVER -> false;
                    case AUTO -> colourByDefault();
                };
    }

    /** {@code --color auto}: colour on a terminal, unless TERM=dumb or NO_COLOR is set (help pages too). */
    public boolean colourByDefault() {
        return colourByDefault(outputIsTerminal, environment);
    }

    /** The same rule, for a process that has no session yet (a help page printed straight from the jar). */
    public static boolean colourByDefault(boolean outputIsTerminal, Map<String, String> environment) {
        return outputIsTerminal && !"dumb".equals(environment.get("TERM")) && !environment.containsKey("NO_COLOR");
    }

    /** Whether this run writes a page (--html). */
    public boolean writesPage() {
        return htmlFile != null;
    }

    /** The narrator's lines from now on are the summary's (on the page). */
    public void summaryBegins() {
        Transcript kept = transcript;
        if (kept != null) {
            kept.summaryBegins();
        }
    }

    /** What the page says besides what the narrator said and the timeline: set as the run goes. */
    public void page(PageFacts facts) {
        page = facts;
    }

    /** The page's facts as set so far; null before the command set any. */
    public PageFacts page() {
        return page;
    }

    /**
     * Writes the page, if the run asked for one (even after a cancel: what was measured so far);
     * returns where, or null. Called once the command has ended.
     */
    public Path finishPage() throws IOException {
        Path file = htmlFile;
        PageFacts facts = page;
        if (file == null || facts == null) {
            return null;
        }
        RunPage.write(
                file,
                cancellation.isCancelled() ? facts.cutShort() : facts,
                transcript.lines(),
                trace.snapshot(),
                clock);
        return file;
    }

    /** Writes the trace, if the run asked for one; returns where, or null. Called once the command has ended. */
    public Path finish() throws IOException {
        synchronized (this) {
            if (terminal != null && terminalIsOurs) {
                terminal.close();
                terminal = null;
            }
        }
        Path file = traceFile;
        if (file != null) {
            trace.write(file);
        }
        return file;
    }
}
