package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A figure's legend: one entry per series or kind, a swatch then its name, laid left to right
 * and onto a new row when the next would pass the figure's right edge.
 *
 * @param height how much room the rows take, 0 for no legend
 */
public record Legend(List<Entry> entries, double height) {
    /** How a swatch is drawn: a line (solid or dashed, with a point or not), a point, a box. */
    public enum Swatch {
        LINE,
        STEP,
        DASHED,
        POINTS,
        BOX
    }

    /**
     * One entry: its swatch spans {@code x..x + SWATCH} on the row whose middle is {@code y},
     * in the colour class {@code cls} ("c0", "k3").
     */
    public record Entry(double x, double y, Swatch swatch, String cls, Label name) {
        public String xs() {
            return Px.of(x);
        }

        public String ys() {
            return Px.of(y);
        }

        public String midX() {
            return Px.of(x + SWATCH / 2);
        }

        public String endX() {
            return Px.of(x + SWATCH);
        }

        public String boxY() {
            return Px.of(y - 5);
        }
    }

    /** A named item to put in the legend. */
    record Item(String name, Swatch swatch, String cls) {}

    /**
     * The items of a figure's series, named in order and coloured c0…c7, each drawn as
     * {@code swatch} gives for its index; none for a single series without a name.
     */
    static List<Item> ofSeries(List<String> names, IntFunction<Swatch> swatch) {
        if (names.size() <= 1 && names.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            items.add(new Item(names.get(i), swatch.apply(i), "c" + i % 8));
        }
        return items;
    }

    static final double SWATCH = 22;
    static final double ROW = 18;
    private static final double GAP = 18;

    public Legend {
        entries = List.copyOf(entries);
    }

    /** The items laid out from {@code (left, top)}, wrapping before {@code right}. */
    static Legend layout(List<Item> items, double left, double top, double right) {
        List<Entry> entries = new ArrayList<>();
        double x = left;
        double y = top + ROW / 2;
        double maxName = right - left - SWATCH - 6;
        for (Item item : items) {
            String name = TextWidth.fit(item.name(), maxName);
            double width = SWATCH + 6 + TextWidth.of(name);
            if (x > left && x + width > right) {
                x = left;
                y += ROW;
            }
            Label label = Label.fitted(x + SWATCH + 6, y + 4, "start", item.name(), maxName);
            entries.add(new Entry(Px.round(x), Px.round(y), item.swatch(), item.cls(), label));
            x += width + GAP;
        }
        return new Legend(entries, entries.isEmpty() ? 0 : y + ROW / 2 - top);
    }
}
