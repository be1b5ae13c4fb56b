package dev.concdemo.demos.sync.interleave;

import java.util.List;

/**
 * What a schedule did, replayed with {@code --schedule} or played at the keyboard; printed as
 * JSON with --json.
 *
 * @param moves each step taken, in order, with what it changed
 * @param finished whether no thread can move at the end (all done, or stuck)
 * @param outcome how it ended, as --explore names outcomes; null if threads can still move
 * @param broken whether the program was broken by the end
 * @param brokenAtStep the step after which it first was; null if never
 */
record ReplayReport(
        String program,
        String variant,
        int threads,
        List<Integer> schedule,
        List<Move> moves,
        boolean finished,
        String outcome,
        boolean broken,
        Integer brokenAtStep) {
    /** What {@code moves} (the steps of {@code schedule}) did on {@code machine}'s program, ending in {@code now}. */
    static ReplayReport of(Machine machine, State now, List<Integer> schedule, List<Move> moves, Integer brokenAt) {
        boolean finished = machine.runnable(now).isEmpty();
        return new ReplayReport(
                machine.program().name().toString(),
                machine.program().variant().toString(),
                machine.threads(),
                List.copyOf(schedule),
                List.copyOf(moves),
                finished,
                finished ? machine.outcome(now).key() : null,
                machine.broken(now),
                brokenAt);
    }
}
