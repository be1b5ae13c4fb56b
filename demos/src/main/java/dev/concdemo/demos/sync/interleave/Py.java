package dev.concdemo.demos.sync.interleave;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The values of the programs' Python-like notation, written as Python prints them: an int, a
 * bool, a string, None, a list (a queue's items, oldest first). Values are immutable, so a
 * state can be compared and kept as a key.
 */
enum Py {
    NONE;

    @Override
    public String toString() {
        return "None";
    }

    /** {@code 10}, {@code True}, {@code 'bun'}, {@code None}, {@code ['bun', None]}. */
    static String repr(Object value) {
        return switch (value) {
            case Boolean b -> b ? "True" : "False";
            case String s -> s.startsWith("<") ? s : "'" + s + "'"; // <Connection 1>: an object, not a string
            case List<?> items -> items.stream().map(Py::repr).collect(Collectors.joining(", ", "[", "]"));
            default -> String.valueOf(value);
        };
    }
}
