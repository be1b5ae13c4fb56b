package dev.concdemo.demos.io.fib;

import dev.concdemo.support.work.Fib;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** How long fib is run before anything is timed, so the JIT has compiled it, even on a busy machine. */
    private static final long WARM_UP_NANOS = 150_000_000;

    /** Rounds over every n; each n's time is the best of its rounds. */
    private static final int ROUNDS = 5;

    /**
     * Times fib(FROM) to fib(TO) here; about 0.2 s. The rounds go over every n in turn, so
     * whatever changes during the measurement (a compilation finishing late on a busy machine,
     * another process taking the core) touches every n alike instead of bending the slope.
     */
    public static FibGrowth measure() {
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUntil) {
            sink += Fib.fib(FROM + 4);
        }
        long[] best = new long[TO - FROM + 1];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round < ROUNDS; round++) {
            for (int n = FROM; n <= TO; n++) {
                long t0 = System.nanoTime();
                sink += Fib.fib(n);
                best[n - FROM] = Math.min(best[n - FROM], System.nanoTime() - t0);
            }
        }
        List<Double> millis = new ArrayList<>();
        for (long nanos : best) {
            millis.add(Math.round(nanos / 1e3) / 1e3); // ms, to the microsecond
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
