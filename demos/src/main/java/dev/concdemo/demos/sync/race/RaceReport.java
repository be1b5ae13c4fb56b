package dev.concdemo.demos.sync.race;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What {@code concdemo race} measured; printed as JSON with --json.
 *
 * @param expected the only correct final value: start - threads
 * @param outcomes final value → how many trials ended with it
 * @param trialsWithLostUpdates trials whose final value was not the expected one
 * @param lostUpdates decrements lost over all trials
 * @param python the same experiment in a real CPython, with --python; absent without (and in
 *     the Python runs themselves, which are reports of this kind too)
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
        long elapsedMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) CPythonReport python) {

    RaceReport(
            String variant,
            int threads,
            int start,
            int trials,
            int expected,
            Map<Integer, Integer> outcomes,
            int trialsWithLostUpdates,
            long lostUpdates,
            double pauseMs,
            long elapsedMs) {
        this(
                variant,
                threads,
                start,
                trials,
                expected,
                outcomes,
                trialsWithLostUpdates,
                lostUpdates,
                pauseMs,
                elapsedMs,
                null);
    }

    /** This report with what CPython measured beside it. */
    RaceReport withPython(CPythonReport measured) {
        return new RaceReport(
                variant,
                threads,
                start,
                trials,
                expected,
                outcomes,
                trialsWithLostUpdates,
                lostUpdates,
                pauseMs,
                elapsedMs,
                measured);
    }
}
