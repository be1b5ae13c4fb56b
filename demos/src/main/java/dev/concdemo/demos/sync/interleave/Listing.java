package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's threads as the learner reads them: side by side, one column a thread, each
 * line numbered, the line a thread runs next marked; one column for all when every thread runs
 * the same code and they would not fit side by side.
 */
final class Listing {
    static final String NEXT = ">";
    private static final int GAP = 2;

    private Listing() {}

    /** The columns as lines of at most {@code columns}; with {@code state}, each thread's next line marked. */
    static List<String> lines(Program program, State state, int columns) {
        List<ThreadCode> threads = program.threads();
        List<List<String>> cells = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            cells.add(column(program, state, t));
        }
        int widest =
                cells.stream().flatMap(List::stream).mapToInt(Width::of).max().orElse(0);
        int width = widest + GAP;
        if (width * threads.size() - GAP > columns) {
            return stacked(program, state, cells, columns);
        }
        int height = cells.stream().mapToInt(List::size).max().orElse(0);
        List<String> lines = new ArrayList<>(height);
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (List<String> column : cells) {
                String cell = row < column.size() ? column.get(row) : "";
                line.append(cell).append(" ".repeat(width - Width.of(cell)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static List<String> stacked(Program program, State state, List<List<String>> cells, int columns) {
        List<String> lines = new ArrayList<>();
        boolean same = state == null
                && program.threads().stream()
                                .map(ThreadCode::steps)
                                .map(Listing::codes)
                                .distinct()
                                .count()
                        == 1;
        if (same) {
            List<String> one = new ArrayList<>(cells.getFirst());
            one.set(
                    0,
                    "T1-T" + program.threads().size() + " "
                            + program.threads().getFirst().role());
            one.forEach(l -> lines.addAll(Width.fit(l, columns)));
            return lines;
        }
        for (List<String> column : cells) {
            column.forEach(l -> lines.addAll(Width.fit(l, columns)));
        }
        return lines;
    }

    private static List<String> codes(List<Step> steps) {
        return steps.stream().map(Step::code).toList();
    }

    private static List<String> column(Program program, State state, int t) {
        ThreadCode thread = program.threads().get(t);
        List<String> column = new ArrayList<>();
        column.add("T" + (t + 1) + " " + thread.role());
        int next = state == null || state.ended(t) ? -1 : state.pcs().get(t);
        List<Step> steps = thread.steps();
        for (int i = 0; i < steps.size(); i++) {
            String mark = state == null ? "" : (i == next ? NEXT + " " : "  ");
            column.add(mark + (i + 1) + " " + steps.get(i).code());
        }
        if (state != null && state.ended(t)) {
            column.add("  " + state.ends().get(t));
        }
        return column;
    }

    /** The shared variables, as "ticket = 10   mutex: free". */
    static String shared(Program program, List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < program.shared().size(); i++) {
            parts.add(said(program.shared().get(i), values.get(i)));
        }
        return String.join("   ", parts);
    }

    /** "ticket = 10" for a value, "mutex: held by T1" for a lock or a condition. */
    static String said(Var var, Object value) {
        return var.kind() == Var.Kind.VALUE
                ? var.name() + " = " + var.show(value)
                : var.name() + ": " + var.show(value);
    }
}
