package dev.concdemo.demos.io.serve;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.concdemo.demos.io.fib.server.Model;

/**
 * What {@code concdemo serve} counted, printed when it stops (as JSON with --json).
 *
 * @param connections accepted in all; {@code rejected} refused because of --max-connections
 * @param requests answered, {@code errors} of them with an error line
 * @param cpuMs CPU time the whole process used while serving (user + sys)
 * @param cpuShare cpuMs / uptimeMs: cores kept busy on average (the nonblocking model spins one even when idle)
 * @param threads the server's own threads just before it stopped
 * @param fibGrowth fib(n)'s time as n grows, timed as the server started (null for the upper service)
 */
record ServeReport(
        @JsonSerialize(using = ToStringSerializer.class) Model model,
        String host,
        int port,
        long uptimeMs,
        long connections,
        long requests,
        long errors,
        long rejected,
        long cpuMs,
        double cpuShare,
        long threads,
        Growth fibGrowth) {

    /**
     * fib(n) by naive recursion, timed here.
     *
     * @param fromN the first n timed; {@code millis} the best time of each n from there on
     * @param ratio the fitted growth per n
     * @param maxNSeconds --max-n's time, extrapolated from the largest n timed
     * @param fib1000Log10Years log10 of fib(1000)'s time in years, extrapolated the same way
     */
    record Growth(
            int fromN,
            java.util.List<Double> millis,
            double ratio,
            int maxN,
            double maxNSeconds,
            long fib1000Log10Years) {}
}
