package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Strips} laid out for drawing: one band per row with its label at the left, its segments
 * as boxes along a shared time axis under the rows, coloured by kind (the legend's n-th kind is
 * class {@code k}n), the segment's text inside it when it fits.
 *
 * @param noData the text drawn instead when there is no segment, null otherwise
 */
public record StripsLayout(
        double width,
        double height,
        List<Line> grid,
        List<Line> axes,
        List<Label> ticks,
        Label unit,
        Legend legend,
        List<Band> rows,
        String noData) {
    private static final double WIDTH = PlotLayout.WIDTH;
    private static final double ROW = 22;
    private static final double ROW_GAP = 6;
    private static final double MAX_LABEL = 180;

    /** A row as drawn: its label, the shaded track its segments lie on, its segments. */
    public record Band(Label label, Box track, List<Box> segments) {}

    /**
     * A segment as drawn: its box in the kind's class ("k2"; "kx" for a kind the legend does
     * not name), its hover text, and its text inside (null when it does not fit).
     */
    public record Box(double x, double y, double w, double h, String cls, String title, Label text) implements Placed {
        public Box {
            x = Px.round(x);
            y = Px.round(y);
            w = Px.round(w);
            h = Px.round(h);
        }

        /** The class of text drawn on this box's colour ("on-k2"). */
        public String textCls() {
            return "on-" + cls;
        }
    }

    public static StripsLayout of(Strips strips) {
        List<Strips.Segment> all = strips.rows().stream()
                .flatMap(r -> r.segments().stream())
                .filter(s -> Double.isFinite(s.start()) && Double.isFinite(s.end()))
                .toList();
        if (all.isEmpty()) {
            return new StripsLayout(
                    WIDTH,
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    new Legend(List.of(), 0),
                    List.of(),
                    NoData.text());
        }
        double min = all.stream()
                .mapToDouble(s -> Math.min(s.start(), s.end()))
                .min()
                .orElseThrow();
        double max = all.stream()
                .mapToDouble(s -> Math.max(s.start(), s.end()))
                .max()
                .orElseThrow();
        double labelWidth = Math.min(
                MAX_LABEL,
                strips.rows().stream()
                        .mapToDouble(r -> TextWidth.of(r.label()))
                        .max()
                        .orElse(0));
        double left = 8 + labelWidth + 10;
        Ticks t = Ticks.linear(min, max, (int) Math.max(2, (WIDTH - left - 16) / 90));
        double right = WIDTH - Math.max(16, TextWidth.of(t.ticks().getLast().label()) / 2 + 4);

        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < strips.legend().size(); i++) {
            items.add(new Legend.Item(strips.legend().get(i).name(), Legend.Swatch.BOX, kindClass(i)));
        }
        Legend legend = Legend.layout(items, 8, 4, WIDTH - 8);
        double top = 4 + legend.height() + (legend.height() > 0 ? 10 : 4);

        List<Band> rows = new ArrayList<>();
        double y = top;
        for (Strips.Row row : strips.rows()) {
            List<Box> boxes = new ArrayList<>();
            for (Strips.Segment s : row.segments()) {
                if (!Double.isFinite(s.start()) || !Double.isFinite(s.end())) {
                    continue;
                }
                boxes.add(box(strips, row, s, y, left, right, t));
            }
            rows.add(new Band(
                    Label.fitted(8, y + ROW / 2 + 4, "start", row.label(), MAX_LABEL),
                    new Box(left, y, right - left, ROW, "track", null, null),
                    boxes));
            y += ROW + ROW_GAP;
        }
        double bottom = y - ROW_GAP + 6;

        List<Line> grid = new ArrayList<>();
        List<Line> axes = new ArrayList<>();
        List<Label> ticks = new ArrayList<>();
        int every = PlotLayout.every(t, right - left);
        for (int i = 0; i < t.ticks().size(); i++) {
            Ticks.Tick tick = t.ticks().get(i);
            double px = left + t.fraction(tick.value()) * (right - left);
            grid.add(new Line(px, top - 3, px, bottom));
            axes.add(new Line(px, bottom, px, bottom + 4));
            if (i % every == 0) {
                ticks.add(Label.of(px, bottom + 17, "middle", tick.label()));
            }
        }
        axes.add(new Line(left, bottom, right, bottom));
        Label unit = strips.unit().isBlank() ? null : Label.of(right, bottom + 34, "end", strips.unit());
        double height = bottom + (unit == null ? 24 : 40);
        return new StripsLayout(WIDTH, Px.round(height), grid, axes, ticks, unit, legend, rows, null);
    }

    private static Box box(
            Strips strips, Strips.Row row, Strips.Segment s, double y, double left, double right, Ticks t) {
        double start = Math.min(s.start(), s.end());
        double end = Math.max(s.start(), s.end());
        double x0 = left + t.fraction(start) * (right - left);
        double x1 = left + t.fraction(end) * (right - left);
        double w = Math.max(1, x1 - x0); // a very short segment still shows
        int kind = kindIndex(strips, s.kind());
        String name = kind < 0 ? s.kind() : strips.legend().get(kind).name();
        String what = s.text().isBlank() ? name : s.text();
        String span = Numbers.withUnit(Numbers.exact(start) + "–" + Numbers.exact(end), strips.unit());
        String title = row.label() + ": " + what + ", " + span;
        Label text = !s.text().isBlank() && TextWidth.of(s.text()) <= w - 6
                ? Label.of(x0 + w / 2, y + ROW / 2 + 4, "middle", s.text())
                : null;
        return new Box(x0, y, w, ROW, kind < 0 ? "kx" : kindClass(kind), title, text);
    }

    private static int kindIndex(Strips strips, String kind) {
        for (int i = 0; i < strips.legend().size(); i++) {
            if (strips.legend().get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** The n-th kind's class: k0..k7, then round again. */
    private static String kindClass(int index) {
        return "k" + index % 8;
    }

    public String widths() {
        return Px.of(width);
    }

    public String heights() {
        return Px.of(height);
    }
}
