package dev.concdemo.demos.sync.collections;

import java.util.List;

/**
 * What the child running HashMap's trials ({@link HashMapTrials}) tells its parent: for each
 * trial, that it ran and what came of it; or that one of its threads never returned.
 */
sealed interface TrialMessage {
    /**
     * Trial {@code trial} (from 1, counted in this child) ended.
     *
     * @param size the map's size at the end
     * @param nanos how long the trial took
     * @param thrown the simple names of the exceptions its threads threw, joined by commas; empty for none
     */
    record Ran(int trial, int size, long nanos, String thrown) implements TrialMessage {
        List<String> exceptions() {
            return thrown.isEmpty() ? List.of() : List.of(thrown.split(","));
        }
    }

    /**
     * Trial {@code trial}'s thread {@code thread} loops for good; the child exits after saying so.
     *
     * @param frames the top of its stack, joined by "|"
     */
    record Hung(int trial, String thread, String frames) implements TrialMessage {
        List<String> stack() {
            return frames.isEmpty() ? List.of() : List.of(frames.split("\\|"));
        }
    }
}
