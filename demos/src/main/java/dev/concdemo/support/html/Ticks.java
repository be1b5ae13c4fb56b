package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of one axis and where a value falls along it. A linear axis has "nice" ticks, 1, 2
 * or 5 times a power of ten apart, from the first at or below the data to the first at or above
 * it; a log axis has one tick per power of ten (0.1, 1, 10, 100, 1k, 10k, 1M) around the data.
 *
 * @param ticks in increasing order; the first and the last are the ends of the axis
 * @param log whether values are placed by their logarithm
 */
public record Ticks(List<Tick> ticks, boolean log) {
    /** A tick's value and its label ("2.5", "40k", "1M"). */
    public record Tick(double value, String label) {}

    public Ticks {
        ticks = List.copyOf(ticks);
        if (ticks.size() < 2) {
            throw new IllegalArgumentException("an axis needs two ticks, has " + ticks.size());
        }
    }

    /**
     * Nice linear ticks covering {@code min..max}, about {@code target} intervals of them. An
     * empty range ({@code min == max}) is widened to reach 0, or to 1 if it is 0.
     */
    public static Ticks linear(double min, double max, int target) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("an axis over " + min + ".." + max);
        }
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        if (lo == hi) {
            if (lo > 0) {
                lo = 0;
            } else if (lo < 0) {
                hi = 0;
            } else {
                hi = 1;
            }
        }
        double step = step((hi - lo) / Math.max(1, target));
        long first = (long) Math.floor(lo / step + 1e-9);
        long last = (long) Math.ceil(hi / step - 1e-9);
        double largest = Math.max(Math.abs(first * step), Math.abs(last * step));
        List<Tick> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            double value = i * step;
            ticks.add(new Tick(value, Numbers.tick(value, step, largest)));
        }
        return new Ticks(ticks, false);
    }

    /**
     * One tick per power of ten from the one at or below {@code min} to the one at or above
     * {@code max} (at least two). Both must be above 0.
     */
    public static Ticks log(double min, double max) {
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a log axis over " + min + ".." + max);
        }
        int first = (int) Math.floor(Math.log10(Math.min(min, max)));
        int last = (int) Math.ceil(Math.log10(Math.max(min, max)));
        if (last == first) {
            last++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int e = first; e <= last; e++) {
            ticks.add(new Tick(Math.pow(10, e), Numbers.power(e)));
        }
        return new Ticks(ticks, true);
    }

    /** The nice step (1, 2 or 5 times a power of ten) at or above {@code raw}. */
    static double step(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double nice = norm <= 1 + 1e-9 ? 1 : norm <= 2 + 1e-9 ? 2 : norm <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    /** The axis's first value. */
    public double min() {
        return ticks.getFirst().value();
    }

    /** The axis's last value. */
    public double max() {
        return ticks.getLast().value();
    }

    /** Where {@code value} falls along the axis: 0 at its first tick, 1 at its last. */
    public double fraction(double value) {
        if (log) {
            double lo = Math.log10(min());
            return (Math.log10(value) - lo) / (Math.log10(max()) - lo);
        }
        return (value - min()) / (max() - min());
    }
}
