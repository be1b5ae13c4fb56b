package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * A schedule: the thread to move at each step, as typed after --schedule ({@code 1,1,2} or
 * {@code 1 1 2}), checked against a program before anything runs.
 */
final class Schedule {
    private Schedule() {}

    /** The thread numbers in {@code text}; throws IllegalArgumentException with the reason for anything else. */
    static List<Integer> parse(String text) {
        List<Integer> threads = new ArrayList<>();
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("[1-9][0-9]{0,3}")) {
                throw new IllegalArgumentException("expected thread numbers such as 1,1,2, not '" + part + "'");
            }
            threads.add(Integer.parseInt(part));
        }
        if (threads.isEmpty()) {
            throw new IllegalArgumentException("expected thread numbers such as 1,1,2");
        }
        return List.copyOf(threads);
    }

    /**
     * Why {@code schedule} cannot be played on {@code machine} (a thread it does not have, one
     * that has ended or is blocked at that step), in English; null if it can.
     */
    static String problem(Machine machine, List<Integer> schedule, Reasons reasons) {
        State state = machine.start();
        for (int i = 0; i < schedule.size(); i++) {
            int t = schedule.get(i);
            if (t > machine.threads()) {
                return "step %d asks for T%d; %s has %d threads"
                        .formatted(i + 1, t, machine.program().name(), machine.threads());
            }
            Step.Blocked why = machine.blocked(state, t - 1);
            if (why != null) {
                return "step %d asks for T%d, which cannot move: %s".formatted(i + 1, t, reasons.said(why));
            }
            state = machine.step(state, t - 1);
        }
        return null;
    }

    /** A blocked thread's reason in words. */
    @FunctionalInterface
    interface Reasons {
        String said(Step.Blocked why);
    }
}
