package dev.concdemo.demos.sync.interleave;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Visits every state a program can reach, trying every runnable thread in every state, and
 * counts the interleavings (the distinct orders of steps from the start to an end) without
 * listing them: the states and the moves between them form a graph with no cycle, so the
 * number of ways to reach a state is the sum over the moves into it, taken in topological
 * order. The breadth-first visit also finds the shortest schedule that breaks the program,
 * and of those the first in order (1 before 2).
 */
final class Explorer {
    /** More distinct states than this and the visit stops, saying so, rather than fill the memory. */
    static final int MAX_STATES = 200_000;

    private Explorer() {}

    /**
     * What the visit found.
     *
     * @param interleavings every order of steps from the start to a state where no thread can move
     * @param states the distinct states those orders pass through
     * @param outcomes outcome key → interleavings ending in it, most first
     * @param bad outcome keys whose interleavings break the program
     * @param shortestFailing the thread numbers (from 1) of the shortest schedule that breaks it; empty if none
     */
    record Exploration(
            long interleavings,
            int states,
            Map<String, Long> outcomes,
            List<String> bad,
            List<Integer> shortestFailing) {
        long badCount() {
            return bad.stream().mapToLong(outcomes::get).sum();
        }
    }

    /** Thrown when the visit passes {@link #MAX_STATES}. */
    static final class TooManyStates extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyStates(int seen) {
            super(String.valueOf(seen), null, false, false);
        }
    }

    static Exploration explore(Machine machine) {
        Map<State, Integer> ids = new HashMap<>();
        List<State> states = new ArrayList<>();
        List<int[]> moves = new ArrayList<>();
        List<int[]> parents = new ArrayList<>(); // {parent id, thread from 0}, as first found
        State start = machine.start();
        ids.put(start, 0);
        states.add(start);
        parents.add(new int[] {-1, -1});
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        int failing = -1;
        while (!queue.isEmpty()) {
            int id = queue.poll();
            State state = states.get(id);
            if (failing < 0 && machine.broken(state)) {
                failing = id; // breadth first, threads in order: the shortest, and the first of those
            }
            List<Integer> runnable = machine.runnable(state);
            int[] next = new int[runnable.size()];
            for (int k = 0; k < next.length; k++) {
                State after = machine.step(state, runnable.get(k));
                Integer known = ids.get(after);
                if (known == null) {
                    known = states.size();
                    ids.put(after, known);
                    states.add(after);
                    parents.add(new int[] {id, runnable.get(k)});
                    queue.add(known);
                    if (states.size() > MAX_STATES) {
                        throw new TooManyStates(states.size());
                    }
                }
                next[k] = known;
            }
            moves.add(next); // ids are handed out and polled in the same order: this is moves.get(id)
        }
        long[] ways = waysToReach(moves, states.size());
        Map<String, Long> outcomes = new HashMap<>();
        List<String> bad = new ArrayList<>();
        for (int id = 0; id < states.size(); id++) {
            if (moves.get(id).length == 0) {
                String key = machine.outcome(states.get(id)).key();
                outcomes.merge(key, ways[id], Math::addExact);
                if (machine.broken(states.get(id)) && !bad.contains(key)) {
                    bad.add(key);
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        outcomes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        long total = outcomes.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        return new Exploration(total, states.size(), sorted, bad, schedule(parents, failing));
    }

    /** How many orders of moves reach each state from the start (Kahn's topological order). */
    private static long[] waysToReach(List<int[]> moves, int n) {
        int[] into = new int[n];
        for (int[] next : moves) {
            for (int to : next) {
                into[to]++;
            }
        }
        long[] ways = new long[n];
        ways[0] = 1;
        ArrayDeque<Integer> ready = new ArrayDeque<>(List.of(0));
        int done = 0;
        while (!ready.isEmpty()) {
            int id = ready.poll();
            done++;
            for (int to : moves.get(id)) {
                ways[to] = Math.addExact(ways[to], ways[id]);
                if (--into[to] == 0) {
                    ready.add(to);
                }
            }
        }
        if (done != n) {
            throw new IllegalStateException("the program can loop for ever: its states form a cycle");
        }
        return ways;
    }

    private static List<Integer> schedule(List<int[]> parents, int end) {
        List<Integer> threads = new ArrayList<>();
        for (int at = end; at > 0; at = parents.get(at)[0]) {
            threads.addFirst(parents.get(at)[1] + 1);
        }
        return List.copyOf(threads);
    }
}
