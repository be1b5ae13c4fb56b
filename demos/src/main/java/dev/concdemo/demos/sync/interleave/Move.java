package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One step taken: by which thread, which line, and what it changed ("tmp = 10", "mutex:
 * held by T1", "raised IndexError").
 *
 * @param step its number in the schedule, from 1
 * @param thread from 1
 * @param line the line run, from 1
 */
record Move(int step, int thread, int line, String code, List<String> changes) {
    /**
     * The move thread {@code t} (from 0) made from {@code before}: what it found, then each
     * variable it changed or wrote (a write of the same value counts: it is the lost update).
     */
    static Move between(Program program, int step, int t, State before, Machine.Taken taken) {
        State after = taken.after();
        Set<String> written = taken.written();
        List<String> changes = new ArrayList<>(taken.notes());
        ThreadCode thread = program.threads().get(t);
        for (int i = 0; i < thread.locals().size(); i++) {
            Object was = before.locals().get(t).get(i);
            Object now = after.locals().get(t).get(i);
            if (!was.equals(now) || written.contains(thread.locals().get(i).name())) {
                changes.add(Listing.said(thread.locals().get(i), now));
            }
        }
        for (int i = 0; i < program.shared().size(); i++) {
            Object was = before.shared().get(i);
            Object now = after.shared().get(i);
            if (!was.equals(now) || written.contains(program.shared().get(i).name())) {
                changes.add(Listing.said(program.shared().get(i), now));
            }
        }
        if (after.ended(t)) {
            changes.add(
                    after.ends().get(t).equals("done")
                            ? "done"
                            : "raised " + after.ends().get(t));
        }
        int line = before.pcs().get(t);
        return new Move(step, t + 1, line + 1, thread.steps().get(line).code().strip(), List.copyOf(changes));
    }

    /** "3 ticket = tmp   ticket = 9". */
    String said() {
        return line + " " + code + (changes.isEmpty() ? "" : "   " + String.join("   ", changes));
    }
}
