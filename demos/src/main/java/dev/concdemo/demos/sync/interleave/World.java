package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A state seen by one thread about to take a step: its locals and the shared variables by
 * name, where it goes next, whether it raises. A step's guard reads it; its action changes
 * this copy, and {@link #next()} freezes the copy into the state after the step.
 */
final class World {
    private final Program program;
    private final State from;
    private final int me; // from 0
    private final Object[] shared;
    private final Object[] locals;
    private int pc;
    private int phase;
    private String end = "";
    private final List<String> notes = new ArrayList<>(); // what this step found
    private final Set<String> written = new LinkedHashSet<>(); // names set by this step

    World(Program program, State from, int me) {
        this.program = program;
        this.from = from;
        this.me = me;
        this.shared = from.shared().toArray();
        this.locals = from.locals().get(me).toArray();
        this.pc = from.pcs().get(me) + 1;
        this.phase = from.phases().get(me);
    }

    /** The thread taking the step, numbered as the learner sees it: 1 for T1. */
    int me() {
        return me + 1;
    }

    /** Its progress inside a two-move line ({@link State#phases}). */
    int phase() {
        return phase;
    }

    void phase(int next) {
        phase = next;
    }

    /** The value of a local of this thread, else of a shared variable. */
    Object get(String name) {
        int local = localIndex(name);
        return local >= 0 ? locals[local] : shared[sharedIndex(name)];
    }

    int num(String name) {
        return (Integer) get(name);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String name) {
        return (List<Object>) get(name);
    }

    /** Sets a local of this thread if it has one by that name, else the shared variable. */
    void set(String name, Object value) {
        written.add(name);
        int local = localIndex(name);
        if (local >= 0) {
            locals[local] = value;
        } else {
            shared[sharedIndex(name)] = value;
        }
    }

    /** Appends to the list held by {@code name} (a queue's put). */
    void append(String name, Object item) {
        List<Object> items = new ArrayList<>(list(name));
        items.add(item);
        set(name, List.copyOf(items));
    }

    /** Removes and returns the first item of the list held by {@code name} (a queue's get). */
    Object removeFirst(String name) {
        List<Object> items = list(name);
        set(name, List.copyOf(items.subList(1, items.size())));
        return items.getFirst();
    }

    /** The next step is line {@code line} (numbered from 1, as shown): a loop or an if's jump. */
    void jump(int line) {
        pc = line - 1;
    }

    /** The thread stays on this line (a two-move line's first move). */
    void stay() {
        pc = from.pcs().get(me);
    }

    /** The thread ends by raising {@code exception} (a Python exception's name). */
    void raise(String exception) {
        end = exception;
    }

    /** What a step found besides what it set: a test's answer ("True"), shown with its move. */
    void note(String found) {
        notes.add(found);
    }

    List<String> notes() {
        return notes;
    }

    /** The variables this step set, in order, whether or not their values changed. */
    Set<String> written() {
        return written;
    }

    /** The state after this step. */
    State next() {
        List<Step> steps = program.threads().get(me).steps();
        String ending = end;
        int nextPc = pc;
        if (ending.isEmpty() && nextPc >= steps.size()) {
            ending = "done";
        }
        if (!ending.isEmpty()) {
            nextPc = steps.size();
        }
        return new State(
                replaced(from.pcs(), nextPc),
                replaced(from.phases(), phase),
                replaced(from.locals(), List.copyOf(Arrays.asList(locals))),
                List.copyOf(Arrays.asList(shared)),
                replaced(from.ends(), ending));
    }

    private <T> List<T> replaced(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(me, value);
        return List.copyOf(copy);
    }

    private int localIndex(String name) {
        List<Var> own = program.threads().get(me).locals();
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int sharedIndex(String name) {
        int index = program.sharedIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("no variable " + name + " in " + program.name());
        }
        return index;
    }
}
