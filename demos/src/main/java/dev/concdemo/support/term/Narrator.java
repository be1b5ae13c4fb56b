package dev.concdemo.support.term;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/**
 * Tells a scenario's story as it happens: one timestamped, labelled line per event
 * ({@code +2.004s  Thread-1   got lock A}), coloured when the output is a terminal.
 *
 * <p>It keeps the contract's output rules for every scenario at once: stamps come from the
 * run's one {@link RunClock}; every line fits min(terminal width, 100) (a longer one is wrapped);
 * an event that repeats (same label, same words, other numbers) is shown
 * {@value #REPEATS_SHOWN} times, then only counted, and the count is printed before the next
 * untimed line; every event is also an instant of the run's {@link Trace}. When the output is
 * closed (a pipe into {@code head}), it tells the run once and drops later lines.
 *
 * <p>Thread-safe: lines from many threads never interleave mid-line, and each is flushed at
 * once so the user sees it when it happens. Silent when the run prints JSON instead.
 */
public final class Narrator {
    /** How many times one kind of event is shown before it is only counted. */
    public static final int REPEATS_SHOWN = 10;

    private final PrintWriter out; // guarded by itself: one line at a time
    private final Ansi ansi;
    private final boolean silent;
    private int labelWidth; // guarded by out: grows to the longest label seen, so later lines align
    private final RunClock clock;
    private final Trace trace;
    private final Runnable onOutputClosed;
    private final Map<String, Integer> seen = new LinkedHashMap<>(); // guarded by out: event kind -> times
    private final Map<String, Integer> hidden =
            new LinkedHashMap<>(); // guarded by out: kind -> not shown since last told
    private volatile boolean closed;
    private volatile boolean terminal; // progress goes on a status line only on a terminal
    private volatile int columns = Width.COLUMNS; // every line fits: min(terminal, 100)
    private long lastLineNanos = System.nanoTime(); // guarded by out
    private volatile Lang lang = Lang.EN; // the run's, as last seen on a thread that has it bound
    private boolean statusShown; // guarded by out: a progress status sits on the current line
    private volatile Transcript transcript; // null unless the run writes a page (--html)

    public Narrator(
            PrintWriter out,
            boolean colour,
            boolean silent,
            int labelWidth,
            RunClock clock,
            Trace trace,
            Runnable onOutputClosed) {
        this.out = out;
        this.ansi = colour ? Ansi.ON : Ansi.OFF;
        this.silent = silent;
        this.labelWidth = labelWidth;
        this.clock = clock;
        this.trace = trace;
        this.onOutputClosed = onOutputClosed;
    }

    /** Labels longer than this do not widen the column for everyone else. */
    static final int MAX_LABEL = 24;

    /** A narrator that prints nothing and records nothing (a server in a child JVM, a test). */
    public static Narrator silent() {
        return new Narrator(
                new PrintWriter(Writer.nullWriter()), false, true, 0, new RunClock(), Trace.off(), () -> {});
    }

    /** One timestamped line: elapsed time since the run began, who, and what (picocli markup allowed). */
    public void event(String label, String markup) {
        if (trace.enabled()) {
            trace.instant(Ansi.OFF.string(markup), label);
        }
        print(label, markup);
    }

    /**
     * One timestamped line said by another process, labelled {@code pid N}; with
     * {@code --trace} it goes in that process's own lane. This process's own lines are
     * {@link #event}s labelled with its pid ({@link #ownLabel}).
     */
    public void processEvent(long pid, String markup) {
        String label = "pid " + pid;
        if (trace.enabled()) {
            trace.processInstant(pid, label, Ansi.OFF.string(markup));
        }
        print(label, markup);
    }

    /** "pid N" for this process: how the processes chapter labels main's lines. */
    public static String ownLabel() {
        return "pid " + ProcessHandle.current().pid();
    }

    private void print(String label, String markup) {
        Transcript kept = transcript;
        if (closed || (silent && kept == null)) {
            return;
        }
        noteLang();
        String plain = Ansi.OFF.string(markup);
        String kind = label + "\u0000" + plain.replaceAll("\\d+(\\.\\d+)?", "#");
        synchronized (out) { // the stamp is taken under the lock, so stamps never go backwards
            labelWidth = Math.max(labelWidth, Math.min(label.length(), MAX_LABEL));
            String who = label.length() >= labelWidth ? label : label + " ".repeat(labelWidth - label.length());
            int times = seen.merge(kind, 1, Integer::sum);
            if (times > REPEATS_SHOWN) {
                hidden.merge(plainKind(label, plain), 1, Integer::sum);
                return;
            }
            long now = System.nanoTime();
            if (kept != null) {
                kept.timed(now, label, Ansi.ON.string(markup));
            }
            if (silent) {
                return;
            }
            String head = "%8s  %s ".formatted(clock.stampAt(now), who);
            String line = head + ansi.string(markup);
            if (Width.of(line) <= columns) {
                println(line);
            } else {
                Width.wrap(head + plain, columns, " ".repeat(Math.min(Width.of(head), columns / 3)))
                        .forEach(this::println);
            }
        }
    }

    /**
     * Keeps every line said from now on in {@code transcript} as well (for the run's page),
     * even when the narrator is silent because the run prints JSON.
     */
    public void recordInto(Transcript transcript) {
        this.transcript = transcript;
    }

    /** The columns every line must fit: min(terminal width, 100) ({@link Width#columns}). */
    public void fitTo(int columns) {
        this.columns = Width.clamp(columns);
    }

    /** The columns every line fits. */
    public int columns() {
        return columns;
    }

    /** Whether the output is a terminal, where progress may be shown on a status line. */
    public void showProgressOnTerminal(boolean isTerminal) {
        terminal = isTerminal;
    }

    /** A run's progress display; closing it clears the status line. */
    public interface Progress extends AutoCloseable {
        /** Nothing to show or clear: a run too short to mention. */
        Progress NONE = () -> {};

        @Override
        void close();
    }

    /** Runs longer than this say so up front. */
    public static final Duration LONG_RUN = Duration.ofSeconds(10);

    /**
     * Says up front how long a run will take, when that is {@link #LONG_RUN} or more, and how
     * to shorten it; on a terminal, shows the time so far on a status line whenever nothing
     * has been printed for two seconds. Close the result when the run ends.
     */
    public Progress expect(Duration about, String howToShorten) {
        if (silent || about.compareTo(LONG_RUN) < 0) {
            return () -> {};
        }
        Texts texts = texts(); // on the run's thread: the ticker below has no language bound
        String aboutSaid = Units.secondsSaid(about.toNanos(), lang);
        sayPlain(
                howToShorten.isEmpty()
                        ? texts.format("expect", aboutSaid)
                        : texts.format("expect.shorten", aboutSaid, howToShorten));
        if (!terminal) {
            return () -> {};
        }
        long start = System.nanoTime();
        Thread ticker = Thread.ofPlatform().name("narrator-progress").daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted() && !closed) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (out) {
                    if (System.nanoTime() - lastLineNanos > 2_000_000_000L && !closed) {
                        out.print("\r\u001b[K"
                                + texts.format(
                                        "progress", Units.secondsSaid(System.nanoTime() - start, lang), aboutSaid));
                        out.flush();
                        statusShown = true;
                    }
                }
            }
        });
        return () -> {
            ticker.interrupt();
            synchronized (out) {
                clearStatus();
            }
        };
    }

    /**
     * A numbered step's heading, after a blank line, in bold: {@code step.KEY} of the texts of
     * the scenario {@code anchor} belongs to, in the run's language.
     */
    public void step(Class<?> anchor, String key, Object... args) {
        sayPlain("");
        say("@|bold " + Texts.of(anchor).format("step." + key, args) + "|@");
    }

    /** An untimestamped line (headings, tables, the summary); picocli markup allowed. */
    public void say(String markup) {
        line(Ansi.ON.string(markup), ansi.string(markup), Ansi.OFF.string(markup));
    }

    /** {@code markup} as this narrator prints it, in colour or not: for a screen drawn outside the narration. */
    public String render(String markup) {
        return ansi.string(markup);
    }

    /** Plain text, printed as is (tables already laid out). */
    public void sayPlain(String text) {
        line(text, text, text);
    }

    /**
     * Ends the story: later lines are dropped, and events counted but not shown are told now.
     * For threads that outlive their scenario on purpose (a daemon the process would kill on
     * exit), when the JVM itself goes on.
     */
    public void close() {
        if ((!silent || transcript != null) && !closed) {
            synchronized (out) {
                tellHidden();
            }
        }
        closed = true;
    }

    /** Wraps text in a picocli style, e.g. {@code style("bg_red", "Thread-1 got lock A")}. */
    public static String style(String style, String text) {
        return "@|" + style + " " + text.replace("|@", "| @") + "|@";
    }

    public RunClock clock() {
        return clock;
    }

    /** The run's timeline ({@link Trace#off()} without {@code --trace}). */
    public Trace trace() {
        return trace;
    }

    public long elapsedNanos() {
        return clock.elapsedNanos();
    }

    /** Milliseconds since the run began, for events measured against it. */
    public long millisSince(long nanoTime) {
        return clock.millisAt(nanoTime);
    }

    /** An untimed line: {@code coloured} for the transcript, {@code text} as printed here, {@code plain} to re-wrap. */
    private void line(String coloured, String text, String plain) {
        Transcript kept = transcript;
        if (closed || (silent && kept == null)) {
            return;
        }
        noteLang();
        synchronized (out) {
            tellHidden();
            if (kept != null) {
                kept.untimed(coloured);
            }
            if (silent) {
                return;
            }
            String[] lines = text.split("\\R", -1);
            boolean fits = true;
            for (String line : lines) {
                fits &= Width.of(line) <= columns;
            }
            if (fits) {
                for (String line : lines) {
                    println(line);
                }
            } else { // the colours go: the plain text is laid out again
                Width.fit(plain, columns).forEach(this::println);
            }
        }
    }

    /** "(27 repeated lines not shown: Thread-3 'got lock B' ×20, …)", within the width. Caller holds out. */
    private void tellHidden() {
        if (hidden.isEmpty()) {
            return;
        }
        int total = hidden.values().stream().mapToInt(Integer::intValue).sum();
        String kinds = hidden.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        hidden.clear();
        Texts texts = texts();
        String line = " ".repeat(10)
                + (total == 1 ? texts.format("hidden.one", kinds) : texts.format("hidden", total, kinds));
        List<String> lines = Width.wrap(line, columns, "           ");
        if (lines.size() > 2) { // keep it to two lines
            String first = lines.get(0);
            String second = lines.get(1);
            String cut = second.length() > columns - 3 ? second.substring(0, columns - 3) : second;
            lines = List.of(first, cut + " …)");
        }
        Transcript kept = transcript;
        if (kept != null) {
            kept.untimed(line.strip());
        }
        if (!silent) {
            lines.forEach(this::println);
        }
    }

    private static String plainKind(String label, String plain) {
        String words = plain.replaceAll("\\s*\\(.*$", "")
                .replaceAll("\\d+(\\.\\d+)?", "N")
                .strip();
        if (words.length() > 40) {
            words = words.substring(0, 39) + "…";
        }
        return label + " '" + words + "'";
    }

    /**
     * Remembers the run's language from a thread that has it bound (the run's own), for the
     * lines this narrator says on its own from other threads (lines not shown, progress).
     */
    private void noteLang() {
        if (Texts.LANG.isBound()) {
            lang = Texts.LANG.get();
        }
    }

    /** The narrator's own words, in the run's language. */
    private Texts texts() {
        noteLang();
        return Texts.bundle(Texts.class.getPackageName() + ".Messages", Texts.class.getClassLoader(), lang);
    }

    /** Removes the progress status from the current line. Caller holds out. */
    private void clearStatus() {
        if (statusShown) {
            out.print("\r\u001b[K");
            statusShown = false;
        }
    }

    private void println(String text) {
        clearStatus();
        lastLineNanos = System.nanoTime();
        out.println(text);
        out.flush();
        if (out.checkError()) { // the reader went away (| head): stop talking, and let the run end
            closed = true;
            onOutputClosed.run();
        }
    }
}
