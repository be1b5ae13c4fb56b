package dev.concdemo.demos.jvm.reorder;

import java.util.List;

/**
 * One litmus test in the manner of jcstress: a batch of fresh shared fields, two actors that
 * each run their side over the whole batch (actor 1 on one thread, actor 2 on the other), and
 * the outcome of each trial, read once both actors are done. Each test is a class of its own
 * so that the JIT compiles each actor's loop for that test alone.
 */
sealed interface Experiment
        permits PlainStoreBuffering, VolatileStoreBuffering, PlainMessagePassing, VolatileMessagePassing {
    /** Fresh fields (all 0) for {@code trials} trials; called between batches, by actor 1. */
    void fresh(int trials);

    /** Actor 1's side, over the whole batch. */
    void actor1();

    /** Actor 2's side, over the whole batch. */
    void actor2();

    /** Adds each trial's outcome (an index into {@link #outcomes()}) to {@code counts}. */
    void tally(long[] counts);

    /** The outcomes that can be told apart, as the table and the JSON name them. */
    List<Outcome> outcomes();

    /**
     * One outcome.
     *
     * @param key its name in the JSON ("0,0")
     * @param shown its name in the table ("0, 0")
     * @param grade what the memory model says of it
     * @param meaning key of the sentence saying what order of events gives it
     */
    record Outcome(String key, String shown, Grade grade, String meaning) {}

    /** What the Java memory model says of an outcome, as jcstress grades them. */
    enum Grade {
        /** Some interleaving of the two threads' steps gives it. */
        ACCEPTABLE,
        /** Allowed by the model, but only if some accesses are reordered. */
        INTERESTING,
        /** The model rules it out. */
        FORBIDDEN
    }
}
