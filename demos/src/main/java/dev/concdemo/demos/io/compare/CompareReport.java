package dev.concdemo.demos.io.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What {@code concdemo compare} measured; printed as JSON with --json.
 *
 * @param service fib, or upper (the seeds' echo: 'hello' for the rates, a 1 KB line for latency, no hog)
 * @param windowSeconds how long each load ran
 * @param idleConnections how many idle connections each model was asked to hold
 * @param estimatedSeconds the time announced up front, summed from the plan's phases (--python's servers included)
 * @param models one entry per model, in the order run
 * @param python the project's fib servers in CPython under the same loads, with --python; absent without
 */
record CompareReport(
        String service,
        double windowSeconds,
        int idleConnections,
        double estimatedSeconds,
        List<ModelTrial.Figures> models,
        @JsonInclude(JsonInclude.Include.NON_NULL) CPythonReport python) {

    CompareReport(
            String service,
            double windowSeconds,
            int idleConnections,
            double estimatedSeconds,
            List<ModelTrial.Figures> models) {
        this(service, windowSeconds, idleConnections, estimatedSeconds, models, null);
    }

    /** This report with CPython's servers beside it, and the time announced for both. */
    CompareReport withPython(CPythonReport measured, double announcedSeconds) {
        return new CompareReport(service, windowSeconds, idleConnections, announcedSeconds, models, measured);
    }
}
