package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.term.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is inside, over time: every enter and leave with its time, recorded under one lock so
 * that the count at each moment is exact. The measured maximum is what the semaphore must cap.
 */
final class Occupancy {
    /** One change: at {@code nanos} the count became {@code inside}. */
    record Change(long nanos, int inside) {}

    private final List<Change> changes = new ArrayList<>(); // guarded by this
    private int inside; // guarded by this
    private int max; // guarded by this
    private final Trace trace;

    Occupancy(Trace trace) {
        this.trace = trace;
    }

    synchronized void enter() {
        inside++;
        max = Math.max(max, inside);
        changes.add(new Change(System.nanoTime(), inside));
        trace.counter("threads inside", inside); // under the lock: the trace's counts come in order
    }

    synchronized void leave() {
        inside--;
        changes.add(new Change(System.nanoTime(), inside));
        trace.counter("threads inside", inside);
    }

    synchronized int max() {
        return max;
    }

    synchronized List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * A chart of the count over time: one column per slice of [start, end), as tall as the
     * most threads inside during that slice; the row of {@code limit} is marked.
     */
    static List<String> chart(List<Change> changes, long start, long end, int limit, int width, String indent) {
        int[] peak = new int[width];
        double perColumn = (double) (end - start) / width;
        int current = 0;
        int at = 0;
        for (int col = 0; col < width; col++) {
            long columnEnd = start + (long) ((col + 1) * perColumn);
            int top = current;
            while (at < changes.size() && changes.get(at).nanos() < columnEnd) {
                current = changes.get(at).inside();
                top = Math.max(top, current);
                at++;
            }
            peak[col] = top;
        }
        int height = Math.max(limit, java.util.Arrays.stream(peak).max().orElse(0));
        List<String> lines = new ArrayList<>();
        for (int row = height; row >= 1; row--) {
            StringBuilder line =
                    new StringBuilder(indent).append(String.format("%2d %s", row, row == limit ? "┤" : "│"));
            for (int col = 0; col < width; col++) {
                line.append(peak[col] >= row ? '█' : row == limit ? '┄' : ' ');
            }
            lines.add(line.toString());
        }
        lines.add(indent + "   └" + "─".repeat(width));
        return lines;
    }
}
