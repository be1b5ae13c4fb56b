package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that run a program one step at a time: which threads can move in a state, what a
 * step leaves behind, and what a final state means (its {@link Outcome}). The scheduler is
 * whoever picks the next thread: the learner, a schedule, or the explorer trying every choice.
 */
final class Machine {
    private final Program program;

    Machine(Program program) {
        this.program = program;
    }

    Program program() {
        return program;
    }

    State start() {
        return State.initial(program);
    }

    int threads() {
        return program.threads().size();
    }

    /** The line thread {@code t} (from 0) runs next; null once it has ended. */
    Step next(State state, int t) {
        return state.ended(t)
                ? null
                : program.threads().get(t).steps().get(state.pcs().get(t));
    }

    /** Why thread {@code t} cannot move now; null if it can. An ended thread is blocked by "ended". */
    Step.Blocked blocked(State state, int t) {
        Step step = next(state, t);
        if (step == null) {
            return new Step.Blocked("blocked.ended", 0);
        }
        return step.guard().blocked(new World(program, state, t));
    }

    /** The threads (from 0) that can move now, in order. */
    List<Integer> runnable(State state) {
        List<Integer> can = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            if (blocked(state, t) == null) {
                can.add(t);
            }
        }
        return can;
    }

    /** The state after thread {@code t} (from 0) takes its next step; it must be able to. */
    State step(State state, int t) {
        return take(state, t).after();
    }

    /**
     * Thread {@code t} (from 0) takes its next step: the state after it, and what the step set
     * (even to the value it had) and found (a test's answer), for the learner to see.
     */
    Taken take(State state, int t) {
        Step step = next(state, t);
        if (step == null || blocked(state, t) != null) {
            throw new IllegalStateException("T" + (t + 1) + " cannot move");
        }
        World world = new World(program, state, t);
        step.action().run(world);
        return new Taken(world.next(), Set.copyOf(world.written()), List.copyOf(world.notes()));
    }

    /** A step taken: the state after it, the variables it set, what it found. */
    record Taken(State after, Set<String> written, List<String> notes) {}

    /** No thread can move, yet some have not ended: they wait for something that never comes. */
    boolean stuck(State state) {
        return !state.allEnded() && runnable(state).isEmpty();
    }

    /** Whether this state shows the program broken. */
    boolean broken(State state) {
        return program.goal().reached(this, state);
    }

    /** What a final state (no thread can move) means. */
    Outcome outcome(State state) {
        List<Integer> raised = new ArrayList<>();
        List<Integer> blocked = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            if (state.ended(t) && !state.ends().get(t).equals("done")) {
                raised.add(t);
            } else if (!state.ended(t)) {
                blocked.add(t);
            }
        }
        List<Integer> deadlocked = deadlocked(state, blocked);
        List<String> raisedText = raised.stream()
                .map(t -> "T" + (t + 1) + " raised " + state.ends().get(t))
                .toList();
        List<Integer> stranded =
                blocked.stream().filter(t -> !deadlocked.contains(t)).toList();
        List<String> values = program.shown().stream()
                .map(name -> name + " = " + Py.repr(state.shared().get(program.sharedIndex(name))))
                .toList();
        return new Outcome(
                raisedText,
                deadlocked.stream().map(t -> t + 1).toList(),
                stranded.stream().map(t -> t + 1).toList(),
                values);
    }

    /** The blocked threads in a cycle of "waits for a lock its holder will never release". */
    List<Integer> deadlocked(State state, List<Integer> blocked) {
        List<Integer> inCycle = new ArrayList<>();
        for (int t : blocked) {
            int seen = 0;
            int at = t;
            while (seen <= threads()) {
                Step.Blocked why = blocked(state, at);
                if (why == null || why.holder() == 0) {
                    break;
                }
                at = why.holder() - 1;
                seen++;
                if (at == t) {
                    inCycle.add(t);
                    break;
                }
            }
        }
        return inCycle;
    }
}
