package dev.concdemo.support.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one chart renderer: text charts that fit a terminal, in three forms. {@link #levels}: a
 * count over time, one column per slice, with a limit row marked (threads inside a
 * semaphore). {@link #lanes}: who was busy when, one row per worker, shaded by how busy each
 * slice was ({@code █} ≥ 75 %, {@code ▓} ≥ 50 %, {@code ▒} ≥ 25 %, {@code ░} some; {@code ·}
 * starting). {@link #bar}: a horizontal bar for a value against the largest. Times are
 * {@link System#nanoTime()} readings; {@link #axis} labels them.
 */
public final class Chart {
    private Chart() {}

    /** One change of a count: from {@code nanos} on, it was {@code count}. */
    public record Step(long nanos, int count) {}

    /** A worker's row: its label, when it was busy ({@code [from, to)} pairs), until when it was still starting (0: never), and a note after the row. */
    public record Lane(String label, List<long[]> busy, long startingUntil, String note) {}

    /** The count over [start, end): each column as tall as the most it reached in its slice; the {@code limit} row marked ┤. */
    public static List<String> levels(List<Step> steps, long start, long end, int limit, int width, String indent) {
        int[] peak = new int[width];
        double perColumn = (double) (end - start) / width;
        int current = 0;
        int at = 0;
        for (int col = 0; col < width; col++) {
            long columnEnd = start + (long) ((col + 1) * perColumn);
            int top = current;
            while (at < steps.size() && steps.get(at).nanos() < columnEnd) {
                current = steps.get(at).count();
                top = Math.max(top, current);
                at++;
            }
            peak[col] = top;
        }
        int height = Math.max(limit, Arrays.stream(peak).max().orElse(0));
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

    /** One row per lane over [start, end), shaded by the busy share of each column; then the time axis. */
    public static List<String> lanes(List<Lane> lanes, long start, long end, int width, String indent) {
        double perColumn = (double) (end - start) / width;
        int labelWidth = lanes.stream().mapToInt(l -> l.label().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Lane lane : lanes) {
            double[] busy = new double[width];
            for (long[] span : lane.busy()) {
                spread(busy, span[0] - start, span[1] - start, perColumn);
            }
            StringBuilder row = new StringBuilder(indent)
                    .append(String.format("%-" + labelWidth + "s", lane.label()))
                    .append(" │");
            for (int col = 0; col < width; col++) {
                double f = busy[col] / perColumn;
                long columnMid = start + (long) ((col + 0.5) * perColumn);
                boolean starting = lane.startingUntil() != 0 && columnMid < lane.startingUntil();
                row.append(f >= 0.75 ? '█' : f >= 0.5 ? '▓' : f >= 0.25 ? '▒' : f > 0 ? '░' : starting ? '·' : ' ');
            }
            lines.add(row.append("│ ").append(lane.note()).toString());
        }
        lines.add(axis(start, end, width, indent + " ".repeat(labelWidth + 1)));
        return lines;
    }

    /** A bar for {@code value}, {@code width} columns long for the largest value {@code most}. */
    public static String bar(double value, double most, int width) {
        return "█".repeat((int) Math.max(0, Math.round(width * value / Math.max(most, 1e-9))));
    }

    /** "0 s … 12.01 s" under a chart {@code width} columns wide whose first column follows {@code indent}. */
    public static String axis(long start, long end, int width, String indent) {
        String last = String.format(Locale.ROOT, "%.2f s", (end - start) / 1e9);
        return indent + "0 s" + " ".repeat(Math.max(1, width - 1 - last.length())) + last;
    }

    /** Adds the part of [from, to) that falls in each column. */
    private static void spread(double[] busy, long from, long to, double perColumn) {
        int first = (int) Math.max(0, Math.floor(from / perColumn));
        int last = (int) Math.min(busy.length - 1, Math.floor(Math.max(from, to - 1) / perColumn));
        for (int col = first; col <= last; col++) {
            double lo = Math.max(from, col * perColumn);
            double hi = Math.min(to, (col + 1) * perColumn);
            busy[col] += Math.max(0, hi - lo);
        }
    }
}
