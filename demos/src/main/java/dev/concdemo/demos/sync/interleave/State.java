package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a program's future depends on, after some steps: where each thread is, its
 * locals, the shared variables, and how each thread ended. Immutable and compared by value, so
 * two interleavings that reach the same state are seen to meet.
 *
 * @param pcs each thread's next line, from 0; its number of lines once it has ended
 * @param phases each thread's progress inside a line that takes two moves ({@code cond.wait()}:
 *     0 before it waits, 1 once woken and wanting the lock back)
 * @param ends how each thread ended: "" while it runs, "done", or the exception it raised
 */
record State(
        List<Integer> pcs, List<Integer> phases, List<List<Object>> locals, List<Object> shared, List<String> ends) {
    static State initial(Program program) {
        int n = program.threads().size();
        List<List<Object>> locals = new ArrayList<>(n);
        for (ThreadCode thread : program.threads()) {
            locals.add(List.copyOf(thread.locals().stream().map(Var::initial).toList()));
        }
        return new State(
                List.copyOf(Collections.nCopies(n, 0)),
                List.copyOf(Collections.nCopies(n, 0)),
                List.copyOf(locals),
                List.copyOf(program.shared().stream().map(Var::initial).toList()),
                List.copyOf(Collections.nCopies(n, "")));
    }

    /** Whether thread {@code t} (from 0) has ended, by finishing or by an exception. */
    boolean ended(int t) {
        return !ends.get(t).isEmpty();
    }

    /** Whether every thread has ended. */
    boolean allEnded() {
        return ends.stream().noneMatch(String::isEmpty);
    }
}
