package dev.concdemo.demos.io.fib;

import dev.concdemo.support.work.Fib;
import java.util.ArrayList;
import java.util.List;

/**
 * How the time of the seeds' naive recursive fib grows with n, measured: fib(n) calls
 * itself about 2·fib(n) times, so each n more costs about the golden ratio (1.618) times as
 * much. Timed on a few small n here, the ratio fitted to them (least squares on the
 * logarithm of the times), and larger n extrapolated from it, labelled as extrapolations.
 *
 * @param from the smallest n timed
 * @param millis the best of a few runs of fib(from), fib(from + 1), …, in milliseconds
 * @param ratio the fitted growth per n: time(n + 1) / time(n)
 */
public record FibGrowth(int from, List<Double> millis, double ratio) {
    /** The n timed by default: from a fraction of a millisecond to a few. */
    public static final int FROM = 22;

    public static final int TO = 30;

    private static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;

    private static volatile long sink; // keeps the JIT from dropping the calls

    /** Times fib(FROM) to fib(TO) here, each the best of three after a warm-up; about 20 ms. */
    public static FibGrowth measure() {
        for (int i = 0; i < 30; i++) {
            sink += Fib.fib(FROM); // the JIT compiles fib before anything is timed
        }
        List<Double> millis = new ArrayList<>();
        for (int n = FROM; n <= TO; n++) {
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                sink += Fib.fib(n);
                best = Math.min(best, System.nanoTime() - t0);
            }
            millis.add(Math.round(best / 1e3) / 1e3); // ms, to the microsecond
        }
        return fit(FROM, millis);
    }

    /** The growth per n fitted to these times: exp of the least-squares slope of ln(time) over n. */
    public static FibGrowth fit(int from, List<Double> millis) {
        int count = millis.size();
        double meanN = from + (count - 1) / 2.0;
        double meanLog = millis.stream().mapToDouble(Math::log).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (int i = 0; i < count; i++) {
            double dn = from + i - meanN;
            num += dn * (Math.log(millis.get(i)) - meanLog);
            den += dn * dn;
        }
        return new FibGrowth(from, List.copyOf(millis), Math.exp(num / den));
    }

    /** The largest n timed. */
    public int to() {
        return from + millis.size() - 1;
    }

    /** fib(n)'s time, extrapolated from the largest n timed: its time × ratio^(n - to). */
    public double seconds(int n) {
        return millis.getLast() / 1e3 * Math.pow(ratio, n - to());
    }

    /** log10 of fib(n)'s extrapolated time in years (for an n whose years overflow a double's range of sense). */
    public double log10Years(int n) {
        return Math.log10(millis.getLast() / 1e3) + (n - to()) * Math.log10(ratio) - Math.log10(SECONDS_PER_YEAR);
    }
}
