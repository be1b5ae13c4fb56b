package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Narrator;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a schedule the learner wrote: each step a line labelled by its thread, with what it
 * changed; the moment the program breaks, said when it happens. The schedule was checked
 * before ({@link Schedule#problem}), so every thread it names can move.
 */
final class Replay {
    private final Machine machine;
    private final Narrator narrator;
    private final Words words;
    private final List<Move> moves = new ArrayList<>(); // read by soFar() once the run has stopped
    private volatile State state;

    Replay(Machine machine, Narrator narrator, Words words) {
        this.machine = machine;
        this.narrator = narrator;
        this.words = words;
        this.state = machine.start();
    }

    ReplayReport run(List<Integer> schedule) {
        Integer brokenAt = null;
        for (int t : schedule) {
            State before = state;
            Machine.Taken taken = machine.take(before, t - 1);
            State after = taken.after();
            Move move = Move.between(machine.program(), moves.size() + 1, t - 1, before, taken);
            moves.add(move);
            state = after;
            narrator.event("T" + t, move.said());
            if (brokenAt == null && machine.broken(after)) {
                brokenAt = moves.size();
                narrator.say("@|bold,red " + words.brokenNow(moves.size()) + "|@");
            }
        }
        return report(schedule, brokenAt);
    }

    /** What the steps taken so far did. */
    ReplayReport report(List<Integer> schedule, Integer brokenAt) {
        State now = state;
        return ReplayReport.of(machine, now, schedule, moves, brokenAt);
    }

    int steps() {
        return moves.size();
    }
}
