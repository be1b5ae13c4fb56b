package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link Bars} laid out for drawing: one group per category along the bottom, one bar per series
 * in each group from the zero line to its value, the value written above the bar (below, for a
 * negative one) when it fits; a missing value marked "–" where its bar would stand.
 *
 * @param noData the text drawn instead when there is no category or no series, null otherwise
 */
public record BarsLayout(
        double width,
        double height,
        List<Line> grid,
        List<Line> axes,
        List<Label> yTicks,
        List<Label> categories,
        Label yLabel,
        Legend legend,
        List<Bar> bars,
        List<Missing> missing,
        String noData) {
    /** The mark for a missing value. */
    public static final String MISSING = "–";

    private static final double WIDTH = PlotLayout.WIDTH;
    private static final double PLOT_HEIGHT = 220;

    /** A bar: its box, its colour class, its exact value on hover, its value written (or null). */
    public record Bar(double x, double y, double w, double h, String cls, String title, Label value) {
        public Bar {
            x = Px.round(x);
            y = Px.round(y);
            w = Px.round(w);
            h = Px.round(h);
        }

        public String xs() {
            return Px.of(x);
        }

        public String ys() {
            return Px.of(y);
        }

        public String ws() {
            return Px.of(w);
        }

        public String hs() {
            return Px.of(h);
        }
    }

    /** Where a bar would stand if it had a value, and which one is missing. */
    public record Missing(Label mark, String title) {}

    public static BarsLayout of(Bars bars) {
        if (bars.categories().isEmpty() || bars.series().isEmpty()) {
            return new BarsLayout(
                    WIDTH,
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    new Legend(List.of(), 0),
                    List.of(),
                    List.of(),
                    NoData.text());
        }
        List<Double> values = bars.series().stream()
                .flatMap(s -> s.values().stream())
                .filter(Objects::nonNull)
                .filter(Double::isFinite)
                .toList();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Ticks y = Ticks.linear(Math.min(0, min), Math.max(0, max), 5);

        Legend legend = Legend.layout(items(bars), 8, 4, WIDTH - 8);
        double yLabelBase = 4 + legend.height() + 14;
        double top = yLabelBase + 18; // room for a value above the highest bar
        double left = Math.max(
                40,
                y.ticks().stream()
                                .mapToDouble(t -> TextWidth.of(t.label()))
                                .max()
                                .orElse(0)
                        + 14);
        double right = WIDTH - 12;
        double bottom = top + PLOT_HEIGHT;
        double zero = py(0, y, top, bottom);

        List<Line> grid = new ArrayList<>();
        List<Line> axes = new ArrayList<>();
        List<Label> yTicks = new ArrayList<>();
        for (Ticks.Tick t : y.ticks()) {
            double py = py(t.value(), y, top, bottom);
            grid.add(new Line(left, py, right, py));
            axes.add(new Line(left - 4, py, left, py));
            yTicks.add(Label.of(left - 7, py + 4, "end", t.label()));
        }
        axes.add(new Line(left, top, left, bottom));
        axes.add(new Line(left, zero, right, zero));

        int groups = bars.categories().size();
        int perGroup = bars.series().size();
        double group = (right - left) / groups;
        double bar = group * 0.8 / perGroup;
        List<Label> categories = new ArrayList<>();
        List<Bar> drawn = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        double room = bar + group * 0.2 / perGroup;
        String unit =
                values.stream().allMatch(v -> TextWidth.of(Numbers.withUnit(Numbers.compact(v), bars.unit())) <= room)
                        ? bars.unit()
                        : "";
        for (int c = 0; c < groups; c++) {
            String category = bars.categories().get(c);
            double groupLeft = left + c * group + group * 0.1;
            categories.add(Label.fitted(left + (c + 0.5) * group, bottom + 17, "middle", category, group - 6));
            for (int s = 0; s < perGroup; s++) {
                Bars.Series series = bars.series().get(s);
                Double value = series.values().get(c);
                double x = groupLeft + s * bar;
                double mid = x + bar / 2;
                String who = who(series.name(), category);
                if (value == null || !Double.isFinite(value)) {
                    missing.add(new Missing(Label.of(mid, zero - 5, "middle", MISSING), who + MISSING));
                    continue;
                }
                double py = py(value, y, top, bottom);
                String exact = Numbers.withUnit(Numbers.exact(value), bars.unit());
                Label written =
                        written(value, bars.unit(), mid, value >= 0 ? py - 5 : py + 14, bar + group * 0.2 / perGroup);
                drawn.add(new Bar(
                        x + 0.5,
                        Math.min(py, zero),
                        Math.max(0, bar - 1),
                        Math.abs(zero - py),
                        "c" + s % 8,
                        who + exact,
                        written));
            }
        }
        String yText = Numbers.axisLabel(bars.valueLabel(), bars.unit());
        Label yLabel = yText.isEmpty() ? null : Label.fitted(8, yLabelBase, "start", yText, WIDTH - 16);
        double height = bottom + 26;
        return new BarsLayout(
                WIDTH, Px.round(height), grid, axes, yTicks, categories, yLabel, legend, drawn, missing, null);
    }

    /**
     * The value over a bar, with {@code unit} (which is "" unless every bar's value fits its room
     * with the unit): none if it does not fit its room, the bar's width and its share of the gap.
     */
    private static Label written(double value, String unit, double x, double y, double room) {
        String text = Numbers.withUnit(Numbers.compact(value), unit);
        return TextWidth.of(text) <= room ? Label.of(x, y, "middle", text) : null;
    }

    /** "model · category: ", what a bar's hover text starts with. */
    private static String who(String series, String category) {
        return (series.isBlank() ? category : series + " · " + category) + ": ";
    }

    private static double py(double value, Ticks y, double top, double bottom) {
        return bottom - y.fraction(value) * (bottom - top);
    }

    private static List<Legend.Item> items(Bars bars) {
        boolean named = bars.series().size() > 1
                || bars.series().stream().anyMatch(s -> !s.name().isBlank());
        if (!named) {
            return List.of();
        }
        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < bars.series().size(); i++) {
            items.add(new Legend.Item(bars.series().get(i).name(), Legend.Swatch.BOX, "c" + i % 8));
        }
        return items;
    }

    public String widths() {
        return Px.of(width);
    }

    public String heights() {
        return Px.of(height);
    }
}
