package dev.concdemo.demos.os.states;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the samples add up to: each thread's counts per kernel state, and the state changes seen. */
final class StatesTally {
    private StatesTally() {}

    static StatesReport report(List<StatesRun.Track> tracks, double sampleMs, long elapsedMs) {
        List<StatesReport.ThreadRow> rows = new ArrayList<>();
        Map<String, Integer> transitions = new TreeMap<>();
        long samples = 0;
        int inferred = 0;
        boolean kernel = KernelView.available();
        for (StatesRun.Track t : tracks) {
            String java = t.java().toString();
            String k = t.kernel().toString();
            samples = Math.max(samples, java.length());
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("running", count(k, StateNames.RUNNING));
            counts.put("ready", count(k, StateNames.READY));
            counts.put("blocked", count(k, StateNames.BLOCKED));
            int asleep = 0;
            int ready = 0;
            for (int i = 0; i < Math.min(java.length(), k.length()); i++) {
                if (java.charAt(i) == 'U' && k.charAt(i) == StateNames.BLOCKED) {
                    asleep++;
                } else if (java.charAt(i) == 'U' && k.charAt(i) == StateNames.READY) {
                    ready++;
                }
            }
            inferred += countTransitions(k, transitions);
            rows.add(new StatesReport.ThreadRow(t.name(), t.tid(), java, k, counts, asleep, ready));
        }
        return new StatesReport(samples, sampleMs, kernel, rows, transitions, inferred, elapsedMs);
    }

    /**
     * Adds the kernel's state changes in one thread's samples to {@code transitions}; returns
     * how many of them fell between two samples. One letter per sample cannot show a stay
     * shorter than a sample, but the scheduler's rules fill it in: a thread blocks only from
     * running (ready, then blocked: it ran in between), and a woken thread is ready before it
     * runs (blocked, then running: it was ready in between).
     */
    static int countTransitions(String kernel, Map<String, Integer> transitions) {
        int inferred = 0;
        for (int i = 1; i < kernel.length(); i++) {
            char a = kernel.charAt(i - 1);
            char b = kernel.charAt(i);
            if (a == b || name(a) == null || name(b) == null) {
                continue;
            }
            if (a == StateNames.READY && b == StateNames.BLOCKED) {
                transitions.merge("ready->running", 1, Integer::sum);
                transitions.merge("running->blocked", 1, Integer::sum);
                inferred += 2;
            } else if (a == StateNames.BLOCKED && b == StateNames.RUNNING) {
                transitions.merge("blocked->ready", 1, Integer::sum);
                transitions.merge("ready->running", 1, Integer::sum);
                inferred += 2;
            } else {
                transitions.merge(name(a) + "->" + name(b), 1, Integer::sum);
            }
        }
        return inferred;
    }

    private static String name(char c) {
        return switch (c) {
            case StateNames.RUNNING -> "running";
            case StateNames.READY -> "ready";
            case StateNames.BLOCKED -> "blocked";
            default -> null;
        };
    }

    static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
