package dev.concdemo.demos.jvm.reorder;

import dev.concdemo.demos.jvm.reorder.Experiment.Grade;
import dev.concdemo.demos.jvm.reorder.Experiment.Outcome;
import java.util.List;

/**
 * Message passing: the writer does {@code data = 42; flag = true}, the reader
 * {@code if (flag) r = data}. Seeing the flag and then the old data needs the writer's two
 * stores, or the reader's two loads, to be reordered.
 */
final class MessagePassing {
    /** What the reader wrote when it saw no flag (it did not read data). */
    static final int NOT_READ = -1;

    static final int DATA = 42;

    private MessagePassing() {}

    /** The outcomes "flag, data", with "true, 0" graded as the variant's flag makes it. */
    static List<Outcome> outcomes(Grade staleData) {
        return List.of(
                new Outcome("false,-", "false, -", Grade.ACCEPTABLE, "mp.none"),
                new Outcome("true,0", "true, 0", staleData, "mp.stale"),
                new Outcome("true,42", "true, 42", Grade.ACCEPTABLE, "mp.fresh"));
    }

    /** Adds each trial's reading to its outcome's count. */
    static void tally(int[] read, int trials, long[] counts) {
        for (int i = 0; i < trials; i++) {
            counts[read[i] == NOT_READ ? 0 : read[i] == 0 ? 1 : 2]++;
        }
    }
}
