package dev.concdemo.support.work;

import java.util.Arrays;
import java.util.Collection;

/**
 * Medians and percentiles of a run's handful of measurements (rounds, trials). For many
 * latencies, record them in an HdrHistogram instead, as the load client does.
 */
public final class Percentiles {
    private Percentiles() {}

    /** The middle value; with an even count, the mean of the two in the middle. */
    public static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The same, for whole numbers (nanoseconds, counts), rounded down. */
    public static long median(long... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The same, for a collection. */
    public static double median(Collection<? extends Number> values) {
        return median(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** The {@code percent}th percentile by nearest rank: the least value with that share at or below it. */
    public static long percentile(long[] values, double percent) {
        if (values.length == 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("no values, or " + percent + " outside 0..100");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
