package dev.concdemo.demos.sync.interleave;

import java.util.List;

/**
 * A small program of two or three threads, retelling a seed's bug as numbered atomic steps,
 * and what counts as breaking it. Its texts (the story, the goal, the fix, a hint) are in the
 * bundle under its name.
 *
 * @param shown the shared variables whose final values name an outcome ({@code ticket = 9})
 * @param goal whether a state shows the program broken; once true it stays true on every
 *     later state (a count that went wrong, a deadlock, an exception), so an interleaving is bad
 *     exactly when its final state is
 */
record Program(
        ProgramName name, Variant variant, List<Var> shared, List<ThreadCode> threads, List<String> shown, Goal goal) {
    Program {
        shared = List.copyOf(shared);
        threads = List.copyOf(threads);
        shown = List.copyOf(shown);
    }

    /** Whether a state shows the program broken. */
    @FunctionalInterface
    interface Goal {
        boolean reached(Machine machine, State state);
    }

    /** The index of shared variable {@code name}, or -1. */
    int sharedIndex(String name) {
        for (int i = 0; i < shared.size(); i++) {
            if (shared.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
