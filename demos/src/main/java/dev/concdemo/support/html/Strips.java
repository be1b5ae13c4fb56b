package dev.concdemo.support.html;

import java.util.List;

/**
 * Rows of coloured segments along one time axis: a scheduler's Gantt chart (one row per CPU
 * or per job), each thread's states (Java's view over the kernel's), two schedules compared.
 * Segments are coloured by kind; the legend names each kind, in the palette's order.
 *
 * @param unit the unit of every start and end ("ms", "s", or "" for scheduler ticks)
 */
public record Strips(String title, String caption, String unit, List<Row> rows, List<Kind> legend) implements Figure {
    public Strips {
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /** One row: its label and its segments (they may leave gaps, never overlap). */
    public record Row(String label, List<Segment> segments) {
        public Row {
            segments = List.copyOf(segments);
        }
    }

    /**
     * What a row did from {@code start} to {@code end}: {@code kind} picks the colour (one of the
     * legend's kinds), {@code text} is written inside when it fits and shown on hover.
     */
    public record Segment(double start, double end, String text, String kind) {}

    /** A legend entry: the kind a segment names, and what the legend says for it. */
    public record Kind(String kind, String name) {}
}
