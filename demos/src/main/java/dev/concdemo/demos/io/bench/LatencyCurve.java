package dev.concdemo.demos.io.bench;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The round trips' percentile curve, as HdrHistogram's percentile distribution shows it: the
 * latency at 50%, 75%, 90%, 95%, 99%, 99.5%, 99.9%… (each step halves, then fifths, what is
 * left above it), as far as the round trips counted reach: a 99.9th percentile needs a
 * thousand of them.
 */
final class LatencyCurve {
    private LatencyCurve() {}

    /** The percentiles the curve is read at, until the count runs out. */
    static final List<Double> PERCENTILES =
            List.of(50.0, 75.0, 90.0, 95.0, 99.0, 99.5, 99.9, 99.95, 99.99, 99.995, 99.999, 99.9995, 99.9999);

    /** The latencies, in milliseconds (microsecond precision), of {@code roundTrips} in nanoseconds. */
    static List<BenchReport.Percentile> of(Histogram roundTrips) {
        List<BenchReport.Percentile> curve = new ArrayList<>();
        for (double p : PERCENTILES) {
            if (oneIn(p) > roundTrips.getTotalCount()) {
                break;
            }
            curve.add(new BenchReport.Percentile(p, Math.round(roundTrips.getValueAtPercentile(p) / 1e3) / 1e3));
        }
        return curve;
    }

    /** 1 / (1 − p): the p-th percentile is exceeded by one round trip in this many (2 for p50, 1000 for p99.9). */
    static double oneIn(double percentile) {
        return Math.round(100 / (100 - percentile) * 1e3) / 1e3;
    }
}
