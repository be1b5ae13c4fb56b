package dev.concdemo.demos.jvm.reorder;

import dev.concdemo.demos.jvm.reorder.Experiment.Grade;
import dev.concdemo.demos.jvm.reorder.Experiment.Outcome;
import java.util.List;

/**
 * Store buffering (Dekker's core): {@code x = 1; r1 = y} on one thread, {@code y = 1; r2 = x} on
 * the other, both fields 0 at first. Any interleaving of the four steps leaves at least one
 * store before the other thread's load, so r1 = r2 = 0 needs a load to pass an earlier store:
 * on x86 each core's store waits in its store buffer while the load after it already runs.
 */
final class StoreBuffering {
    private StoreBuffering() {}

    /** The outcomes "r1, r2", with 0, 0 graded as the variant's fields make it. */
    static List<Outcome> outcomes(Grade bothZero) {
        return List.of(
                new Outcome("0,0", "0, 0", bothZero, "sb.00"),
                new Outcome("0,1", "0, 1", Grade.ACCEPTABLE, "sb.01"),
                new Outcome("1,0", "1, 0", Grade.ACCEPTABLE, "sb.10"),
                new Outcome("1,1", "1, 1", Grade.ACCEPTABLE, "sb.11"));
    }

    /** Adds each trial's (r1, r2) to counts[2 * r1 + r2]. */
    static void tally(int[] r1, int[] r2, int trials, long[] counts) {
        for (int i = 0; i < trials; i++) {
            counts[2 * r1[i] + r2[i]]++;
        }
    }
}
