package dev.concdemo.demos.sync.race;

import java.util.Map;

/**
 * What {@code concdemo race} measured; printed as JSON with --json.
 *
 * @param expected the only correct final value: start - threads
 * @param outcomes final value → how many trials ended with it
 * @param trialsWithLostUpdates trials whose final value was not the expected one
 * @param lostUpdates decrements lost over all trials
 */
record RaceReport(
        String variant,
        int threads,
        int start,
        int trials,
        int expected,
        Map<Integer, Integer> outcomes,
        int trialsWithLostUpdates,
        long lostUpdates,
        double pauseMs,
        long elapsedMs) {}
