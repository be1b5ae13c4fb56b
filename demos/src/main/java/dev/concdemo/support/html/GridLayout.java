package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link Grid} ready for its table: a column whose every cell is a number (with a unit or
 * not: "12", "2.5 ms", "95%") is aligned to the right, as numbers are read.
 *
 * @param numeric per column, whether every cell in it is a number
 * @param noData the text shown instead when there is no row, null otherwise
 */
public record GridLayout(List<String> header, List<List<String>> rows, List<Boolean> numeric, String noData) {
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d[\\d,.]*(\\s?[\\p{L}%×/µ]+(/\\p{L}+)?)?");

    public GridLayout {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        numeric = List.copyOf(numeric);
    }

    public static GridLayout of(Grid grid) {
        if (grid.rows().isEmpty()) {
            return new GridLayout(grid.header(), List.of(), List.of(), NoData.text());
        }
        int columns = Math.max(
                grid.header().size(),
                grid.rows().stream().mapToInt(List::size).max().orElse(0));
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            boolean numbers = false;
            boolean others = false;
            for (List<String> row : grid.rows()) {
                String cell = c < row.size() ? row.get(c).strip() : "";
                if (cell.isEmpty() || cell.equals("–") || cell.equals("-")) {
                    continue;
                }
                if (NUMBER.matcher(cell).matches()) {
                    numbers = true;
                } else {
                    others = true;
                }
            }
            numeric.add(numbers && !others);
        }
        return new GridLayout(grid.header(), grid.rows(), numeric, null);
    }

    /** The class of column {@code c}'s cells: "num" or null (no class). */
    public String cls(int c) {
        return c < numeric.size() && numeric.get(c) ? "num" : null;
    }
}
