package dev.concdemo.support.term;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run's narrator said, kept for its page ({@code --html}): every line as printed, in
 * order, with its colours (ANSI), and for a timestamped line when it was said and by whom, so
 * the page can link it to its moment on the timeline. Kept even when the terminal gets JSON
 * instead. The summary's lines are marked as such. Thread-safe.
 */
public final class Transcript {
    /** Which part of the page a line belongs to. */
    public enum Part {
        NARRATION,
        SUMMARY
    }

    /**
     * One line. {@code nanos} is the {@link System#nanoTime()} it was said at and {@code label}
     * who said it, for a timestamped line; for an untimed one (a heading, a table, the summary)
     * {@code nanos} is {@link Long#MIN_VALUE} and {@code label} null. {@code ansi} is the text
     * as a terminal in colour shows it (for a timestamped line, without stamp and label).
     */
    public record Line(Part part, long nanos, String label, String ansi) {
        public boolean timed() {
            return nanos != Long.MIN_VALUE;
        }
    }

    private final List<Line> lines = new ArrayList<>(); // guarded by this
    private Part part = Part.NARRATION; // guarded by this

    synchronized void timed(long nanos, String label, String ansi) {
        lines.add(new Line(part, nanos, label, ansi));
    }

    synchronized void untimed(String ansi) {
        lines.add(new Line(part, Long.MIN_VALUE, null, ansi));
    }

    /** Lines said from now on are the summary's. */
    public synchronized void summaryBegins() {
        part = Part.SUMMARY;
    }

    /** The lines so far. */
    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }
}
