package dev.concdemo.demos.sync.interleave;

import java.util.List;

/**
 * A variable of a program: shared by its threads, or a thread's own (a local). Its kind says
 * how it is shown: a lock by who holds it, a condition by who waits on it, a value as Python
 * prints it.
 *
 * @param initial its value when the program starts: a lock or condition starts free (0 or an empty list)
 */
record Var(String name, Object initial, Kind kind) {
    enum Kind {
        VALUE,
        /** Holds 0 when free, else the number of the thread holding it (1 for T1). */
        LOCK,
        /** Holds the numbers of the threads waiting on it, in the order they began to wait. */
        CONDITION
    }

    static Var value(String name, Object initial) {
        return new Var(name, initial, Kind.VALUE);
    }

    static Var lock(String name) {
        return new Var(name, 0, Kind.LOCK);
    }

    static Var condition(String name) {
        return new Var(name, List.of(), Kind.CONDITION);
    }

    /** "10", "held by T1", "free", "T1 T3 waiting". */
    String show(Object value) {
        return switch (kind) {
            case VALUE -> Py.repr(value);
            case LOCK -> (Integer) value == 0 ? "free" : "held by T" + value;
            case CONDITION ->
                ((List<?>) value).isEmpty()
                        ? "nobody waits"
                        : String.join(
                                        " ",
                                        ((List<?>) value)
                                                .stream().map(t -> "T" + t).toList()) + " waiting";
        };
    }
}
