package dev.concdemo.support.html;

import java.util.List;

/**
 * Lines over a numeric x axis: speedup against workers, requests per second over time, a
 * latency percentile curve, occupancy over time (as steps) with a limit (dashed).
 *
 * @param series drawn in order, each in the next colour of the palette, named in the legend
 */
public record Plot(String title, String caption, Axis x, Axis y, List<Series> series) implements Figure {
    public Plot {
        series = List.copyOf(series);
    }

    /**
     * An axis: its label, the unit its numbers are in ("" for a count or a ratio), its scale.
     * A linear axis starts at 0; a log axis at the smallest value's power of ten.
     */
    public record Axis(String label, String unit, Scale scale) {
        public static Axis linear(String label, String unit) {
            return new Axis(label, unit, Scale.LINEAR);
        }

        public static Axis log(String label, String unit) {
            return new Axis(label, unit, Scale.LOG);
        }
    }

    public enum Scale {
        LINEAR,
        LOG
    }

    /** How a series is drawn. */
    public enum Look {
        /** Points joined by straight lines, each point marked. */
        LINE,
        /** A value that holds until the next point (a queue's length, permits in use). */
        STEP,
        /** A reference, not a measurement (the ideal speedup, a limit). */
        DASHED,
        /** Points only. */
        POINTS
    }

    public record Series(String name, List<Point> points, Look look) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(double x, double y) {}
}
