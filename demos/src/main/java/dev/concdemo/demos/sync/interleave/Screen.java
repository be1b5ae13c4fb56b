package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the game shows after each key, as lines (picocli markup for colour): the goal, the
 * threads side by side with their next lines marked, the shared variables and each thread's
 * locals, who cannot move and why, the last step, and what to do next.
 */
final class Screen {
    private final Machine machine;
    private final Words words;
    private final int columns;

    Screen(Machine machine, Words words, int columns) {
        this.machine = machine;
        this.words = words;
        this.columns = columns;
    }

    List<String> lines(
            State state,
            List<Integer> schedule,
            List<Move> moves,
            Integer brokenAt,
            boolean explaining,
            String message) {
        Program program = machine.program();
        List<String> lines = new ArrayList<>();
        lines.add("@|bold interleave " + program.name() + "|@ (" + program.variant() + ")   "
                + words.texts().format("play.step", moves.size()));
        fill(
                lines,
                program.variant() == Variant.BROKEN
                        ? words.texts().format("goal", words.goal())
                        : words.texts().format("holds", words.fix()));
        lines.add("");
        Listing.lines(program, state, columns - 2).forEach(l -> lines.add("  " + escape(l)));
        lines.add("");
        fill(lines, "  " + escape(Listing.shared(program, state.shared())));
        String locals = locals(program, state);
        if (!locals.isEmpty()) {
            fill(lines, "  " + escape(locals));
        }
        for (int t = 0; t < machine.threads(); t++) {
            Step.Blocked why = machine.blocked(state, t);
            if (why != null && !state.ended(t)) {
                fill(lines, "yellow", "  " + escape(words.texts().format("play.blocked", t + 1, words.reason(why))));
            }
        }
        lines.add("");
        if (!moves.isEmpty()) {
            Move last = moves.getLast();
            fill(lines, words.texts().format("play.last", last.thread(), escape(last.said())));
            fill(lines, words.texts().format("play.schedule", said(schedule)));
        }
        if (brokenAt != null) {
            fill(lines, "bold,red", escape(words.brokenNow(brokenAt)));
            fill(lines, words.texts().format("play.fix", words.fix()));
        } else if (machine.runnable(state).isEmpty()) {
            fill(
                    lines,
                    words.texts()
                            .format("play.ended", escape(machine.outcome(state).key())));
            fill(lines, words.texts().format("play.hint", words.hint()));
        }
        if (explaining) {
            lines.add("");
            fill(lines, words.explain());
        }
        if (!message.isEmpty()) {
            fill(lines, "yellow", escape(message));
        }
        lines.add("");
        fill(lines, words.texts().format("play.help", keys()));
        return lines;
    }

    /** "1 2": the keys that move a thread. */
    private String keys() {
        StringBuilder keys = new StringBuilder();
        for (int t = 1; t <= machine.threads(); t++) {
            keys.append(t == 1 ? "" : " ").append(t);
        }
        return keys.toString();
    }

    private void fill(List<String> lines, String paragraph) {
        lines.addAll(Width.wrap(paragraph, columns, "  "));
    }

    /** The paragraph wrapped, each line in {@code style} (markup never spans a line break). */
    private void fill(List<String> lines, String style, String paragraph) {
        Width.wrap(paragraph, columns, "  ").forEach(l -> lines.add("@|" + style + " " + l + "|@"));
    }

    /** "T1: tmp = 9   T2: tmp = 10", for the threads that have locals. */
    private static String locals(Program program, State state) {
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < program.threads().size(); t++) {
            List<Var> own = program.threads().get(t).locals();
            if (own.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                values.add(Listing.said(own.get(i), state.locals().get(t).get(i)));
            }
            parts.add("T" + (t + 1) + ": " + String.join(", ", values));
        }
        return String.join("   ", parts);
    }

    static String said(List<Integer> schedule) {
        return schedule.isEmpty() ? "-" : schedule.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Code and values may hold characters picocli's markup would read ({@code @|}); none of ours do, but say so once. */
    private static String escape(String text) {
        return text.replace("@|", "@ |");
    }
}
