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
    public record Bar(double x, double y, double w, double h, String cls, String title, Label value) implements Placed {
        public Bar {
            x = Px.round(x);
            y = Px.round(y);
            w = Px.round(w);
            h = Px.round(h);
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
        double yLabelBase = 4 + legend.height() + 18;
        double left = Math.max(
                40,
                y.ticks().stream()
                                .mapToDouble(t -> TextWidth.of(t.label()))
                                .max()
                                .orElse(0)
                        + 14);
        double right = WIDTH - 12;
        int groups = bars.categories().size();
        int perGroup = bars.series().size();
        double group = (right - left) / groups;
        double bar = group * 0.8 / perGroup;
        Values written = Values.choose(values, bars.unit(), bar, bar + group * 0.2 / perGroup);
        double top = yLabelBase + 6 + written.above(values);
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

        List<Label> categories = new ArrayList<>();
        List<Bar> drawn = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        double categoriesBase = Math.max(bottom, zero + written.below(values)) + 17;
        for (int c = 0; c < groups; c++) {
            String category = bars.categories().get(c);
            double groupLeft = left + c * group + group * 0.1;
            categories.add(Label.fitted(left + (c + 0.5) * group, categoriesBase, "middle", category, group - 6));
            for (int s = 0; s < perGroup; s++) {
                Bars.Series series = bars.series().get(s);
                Double value = series.values().get(c);
                double x = groupLeft + s * bar;
                String who = who(series.name(), category);
                if (value == null || !Double.isFinite(value)) {
                    missing.add(new Missing(Label.of(x + bar / 2, zero - 5, "middle", MISSING), who + MISSING));
                    continue;
                }
                double py = py(value, y, top, bottom);
                String exact = Numbers.withUnit(Numbers.exact(value), bars.unit());
                drawn.add(new Bar(
                        x + 0.5,
                        Math.min(py, zero),
                        Math.max(0, bar - 1),
                        Math.abs(zero - py),
                        "c" + s % 8,
                        who + exact,
                        written.label(value, x + bar / 2, py)));
            }
        }
        String yText = Numbers.axisLabel(bars.valueLabel(), bars.unit());
        Label yLabel = yText.isEmpty() ? null : Label.fitted(8, yLabelBase, "start", yText, WIDTH - 16);
        double height = categoriesBase + 9;
        return new BarsLayout(
                WIDTH, Px.round(height), grid, axes, yTicks, categories, yLabel, legend, drawn, missing, null);
    }

    /**
     * How the values are written at their bars, the same way for every bar of a figure: across,
     * with the unit, if every one fits its room (the bar and its share of the gap); across without
     * it if that fits; else up along the bar, if a bar is as wide as a line of text; else not at all.
     */
    private record Values(String unit, boolean across, boolean written) {
        private static final double LINE = 11;

        static Values choose(List<Double> values, String unit, double bar, double room) {
            if (values.stream().allMatch(v -> TextWidth.of(text(v, unit)) <= room)) {
                return new Values(unit, true, true);
            }
            if (values.stream().allMatch(v -> TextWidth.of(text(v, "")) <= room)) {
                return new Values("", true, true);
            }
            return new Values("", false, bar >= LINE - 1);
        }

        private static String text(double value, String unit) {
            return Numbers.withUnit(Numbers.compact(value), unit);
        }

        /** The room the written values need above the highest bar. */
        double above(List<Double> values) {
            return across || !written
                    ? 14
                    : 4 + widest(values.stream().filter(v -> v > 0).toList());
        }

        /** The room the written values need below the lowest bar, if it is negative. */
        double below(List<Double> values) {
            List<Double> negative = values.stream().filter(v -> v < 0).toList();
            if (!written || negative.isEmpty()) {
                return 0;
            }
            return across ? 14 : 4 + widest(negative);
        }

        private double widest(List<Double> values) {
            return values.stream()
                    .mapToDouble(v -> TextWidth.of(text(v, unit)))
                    .max()
                    .orElse(0);
        }

        /** The value of the bar whose middle is {@code x} and whose end is at {@code y}; null if none is written. */
        Label label(double value, double x, double y) {
            if (!written) {
                return null;
            }
            String text = text(value, unit);
            if (across) {
                return Label.of(x, value >= 0 ? y - 5 : y + 14, "middle", text);
            }
            double at = value >= 0 ? y - 4 : y + 4;
            return Label.up(x + 4, at, value >= 0 ? "start" : "end", text);
        }
    }

    /** "model · category: ", what a bar's hover text starts with. */
    private static String who(String series, String category) {
        return (series.isBlank() ? category : series + " · " + category) + ": ";
    }

    private static double py(double value, Ticks y, double top, double bottom) {
        return bottom - y.fraction(value) * (bottom - top);
    }

    private static List<Legend.Item> items(Bars bars) {
        return Legend.ofSeries(bars.series().stream().map(Bars.Series::name).toList(), i -> Legend.Swatch.BOX);
    }

    public String widths() {
        return Px.of(width);
    }

    public String heights() {
        return Px.of(height);
    }
}
