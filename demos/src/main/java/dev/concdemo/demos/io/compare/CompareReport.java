package dev.concdemo.demos.io.compare;

import java.util.List;

/**
 * What {@code concdemo compare} measured; printed as JSON with --json.
 *
 * @param windowSeconds how long each load ran
 * @param idleConnections how many idle connections each model was asked to hold
 * @param models one entry per model, in the order run
 */
record CompareReport(String scenario, double windowSeconds, int idleConnections, List<ModelTrial.Figures> models) {}
