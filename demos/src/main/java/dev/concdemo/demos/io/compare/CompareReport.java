package dev.concdemo.demos.io.compare;

import java.util.List;

/**
 * What {@code concdemo compare} measured; printed as JSON with --json.
 *
 * @param service fib, or upper (the seeds' echo: 'hello' for the rates, a 1 KB line for latency, no hog)
 * @param windowSeconds how long each load ran
 * @param idleConnections how many idle connections each model was asked to hold
 * @param estimatedSeconds the time announced up front, summed from the plan's phases (--python's servers included)
 * @param models one entry per model, in the order run
 */
record CompareReport(
        String service,
        double windowSeconds,
        int idleConnections,
        double estimatedSeconds,
        List<ModelTrial.Figures> models) {}
