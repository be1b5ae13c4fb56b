package dev.concdemo.demos.sync.interleave;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo interleave PROGRAM --explore} found; printed as JSON with --json.
 *
 * @param interleavings every order of steps from the start to a state where no thread can move
 * @param states the distinct states those orders pass through
 * @param outcomes outcome → interleavings ending in it, most first; they sum to {@code interleavings}
 * @param bad how many interleavings break the program
 * @param badOutcomes the outcomes that mean it is broken
 * @param shortestFailingSchedule the thread numbers of the shortest schedule that breaks it,
 *     the first of those in order; null if none does
 * @param realScheduler for ticket: the same code run on real threads, for comparison; else null
 */
record ExploreReport(
        String program,
        String variant,
        int threads,
        long interleavings,
        int states,
        Map<String, Long> outcomes,
        long bad,
        List<String> badOutcomes,
        List<Integer> shortestFailingSchedule,
        RealRuns.Counted realScheduler) {}
