package dev.concdemo.support.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table for terminals: a header, a rule, then rows; numbers align right,
 * text aligns left. Cells are plain text (no colour markup) so widths stay honest.
 */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Boolean> numeric;

    public Table(String... headers) {
        this.headers = List.of(headers);
        this.numeric = new ArrayList<>(Arrays.asList(new Boolean[headers.length]));
    }

    /** Adds a row; {@link Number} cells align right, everything else is shown with {@code toString}. */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            boolean isNumber = cells[i] instanceof Number;
            numeric.set(i, numeric.get(i) == null ? isNumber : numeric.get(i) && isNumber);
            row.add(String.valueOf(cells[i]));
        }
        rows.add(row);
        return this;
    }

    /** The table as lines, each starting with {@code indent}. */
    public List<String> lines(String indent) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = Width.of(headers.get(i));
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], Width.of(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(indent + join(headers, width));
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("─".repeat(width[i]));
        }
        lines.add(rule.toString());
        rows.forEach(row -> lines.add(indent + join(row, width)));
        return lines;
    }

    private String join(List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - Width.of(cell)); // columns, not chars: CJK takes two
            boolean right = Boolean.TRUE.equals(numeric.get(i));
            line.append(i == 0 ? "" : "  ").append(right ? pad + cell : i == cells.size() - 1 ? cell : cell + pad);
        }
        return line.toString();
    }
}
