package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a run of a program ended: the exceptions raised, the threads in a deadlock, the
 * threads left waiting forever for something no thread will do, and the values it ended with.
 *
 * @param deadlocked threads (from 1) waiting in a cycle, each for a lock the next one holds
 * @param stranded threads (from 1) blocked forever, not in a cycle (an empty queue, a wait never notified)
 * @param values the program's shown variables, {@code ticket = 9}
 */
record Outcome(List<String> raised, List<Integer> deadlocked, List<Integer> stranded, List<String> values) {
    /** The outcome in one line, the same in every language: a key of --json's {@code outcomes}. */
    String key() {
        List<String> parts = new ArrayList<>(raised);
        if (!deadlocked.isEmpty()) {
            parts.add("deadlock " + threads(deadlocked));
        }
        if (!stranded.isEmpty()) {
            parts.add(threads(stranded) + " blocked forever");
        }
        parts.addAll(values);
        return parts.isEmpty() ? "all done" : String.join(", ", parts);
    }

    private static String threads(List<Integer> numbers) {
        return numbers.stream().map(t -> "T" + t).collect(Collectors.joining(" "));
    }
}
