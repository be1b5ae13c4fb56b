package dev.concdemo.support.term;

import dev.concdemo.support.cli.CommonOptions;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;

/**
 * Tells a scenario's story as it happens: one timestamped, labelled line per event
 * ({@code +2.004s  Thread-1   got lock A}), coloured when the output is a terminal.
 * Thread-safe: lines from many threads never interleave mid-line, and each is flushed
 * at once so the user sees it when it happens. Silent when the run prints JSON instead.
 */
public final class Narrator {
    private final PrintWriter out; // guarded by itself: one line at a time
    private final Ansi ansi;
    private final boolean silent;
    private final int labelWidth;
    private final long startNanos = System.nanoTime();
    private volatile boolean closed;

    public Narrator(PrintWriter out, boolean colour, boolean silent, int labelWidth) {
        this.out = out;
        this.ansi = colour ? Ansi.ON : Ansi.OFF;
        this.silent = silent;
        this.labelWidth = labelWidth;
    }

    /**
     * A narrator for a scenario command: silent with --json; coloured unless --no-color,
     * otherwise as picocli decides (NO_COLOR, CLICOLOR, -Dpicocli.ansi, whether stdout is a terminal).
     */
    public static Narrator of(PrintWriter out, CommonOptions options, int labelWidth) {
        boolean colour = !options.noColor() && !options.json() && Ansi.AUTO.enabled();
        return new Narrator(out, colour, options.json(), labelWidth);
    }

    /** One timestamped line: elapsed time since the run began, who, and what (picocli markup allowed). */
    public void event(String label, String markup) {
        if (silent || closed) {
            return;
        }
        String text = ansi.string(markup);
        String who = label.length() >= labelWidth ? label : label + " ".repeat(labelWidth - label.length());
        synchronized (out) { // the stamp is taken under the lock, so stamps never go backwards
            out.println("%8s  %s %s".formatted(elapsed(), who, text));
            out.flush();
        }
    }

    /** An untimestamped line (headings, tables, the summary); picocli markup allowed. */
    public void say(String markup) {
        if (!silent && !closed) {
            print(ansi.string(markup));
        }
    }

    /** Plain text, printed as is (tables already laid out). */
    public void sayPlain(String text) {
        if (!silent && !closed) {
            print(text);
        }
    }

    /**
     * Ends the story: later lines are dropped. For threads that outlive their scenario on
     * purpose (a daemon the process would kill on exit), when the JVM itself goes on.
     */
    public void close() {
        closed = true;
    }

    /** Wraps text in a picocli style, e.g. {@code style("bg_red", "Thread-1 got lock A")}. */
    public static String style(String style, String text) {
        return "@|" + style + " " + text.replace("|@", "| @") + "|@";
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** Milliseconds since the run began, for events measured against it. */
    public long millisSince(long nanoTime) {
        return (nanoTime - startNanos) / 1_000_000;
    }

    private String elapsed() {
        return String.format(Locale.ROOT, "+%.3fs", elapsedNanos() / 1e9);
    }

    private void print(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
