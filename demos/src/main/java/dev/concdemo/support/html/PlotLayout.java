package dev.concdemo.support.html;

import dev.concdemo.support.html.Plot.Look;
import dev.concdemo.support.html.Plot.Point;
import dev.concdemo.support.html.Plot.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A {@link Plot} laid out for drawing: its frame, ticks, axis labels, legend and each series as
 * a line or a step path with its points, in the SVG's own pixels ({@link #WIDTH} wide). A value
 * a log axis cannot show (0 or below), or one that is not a number, is left out.
 *
 * @param noData the text drawn instead when no point is left, null when there is one
 */
public record PlotLayout(
        double width,
        double height,
        List<Line> grid,
        List<Line> axes,
        List<Label> xTicks,
        List<Label> yTicks,
        Label xLabel,
        Label yLabel,
        Legend legend,
        List<Drawn> series,
        String noData) {
    /** The SVG's width; the page scales it to its own. */
    static final double WIDTH = 720;

    private static final double PLOT_HEIGHT = 240;

    /** More points than this are drawn as a line only, without a mark for each. */
    static final int MAX_MARKS = 80;

    /**
     * One series as drawn: {@code points} for a polyline (LINE, DASHED), {@code path} for a step
     * path (STEP), {@code marks} for its points (none for DASHED, nor for a long series).
     */
    public record Drawn(String cls, Look look, String name, String points, String path, List<Mark> marks) {
        public boolean polyline() {
            return look == Look.LINE || look == Look.DASHED;
        }

        public boolean step() {
            return look == Look.STEP;
        }

        public boolean dashed() {
            return look == Look.DASHED;
        }
    }

    public static PlotLayout of(Plot plot) {
        List<List<Point>> kept = plot.series().stream()
                .map(s -> s.points().stream()
                        .filter(p -> shown(p.x(), plot.x().scale())
                                && shown(p.y(), plot.y().scale()))
                        .toList())
                .toList();
        List<Point> all = kept.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return new PlotLayout(
                    WIDTH,
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    new Legend(List.of(), 0),
                    List.of(),
                    NoData.text());
        }
        Legend legend = Legend.layout(items(plot), 8, 4, WIDTH - 8);
        double yLabelBase = 4 + legend.height() + 18;
        double top = yLabelBase + 14;
        Ticks y = ticks(plot.y().scale(), all, Point::y, 5);
        double left = Math.max(
                40,
                y.ticks().stream()
                                .mapToDouble(t -> TextWidth.of(t.label()))
                                .max()
                                .orElse(0)
                        + 14);
        Ticks x = ticks(plot.x().scale(), all, Point::x, (int) Math.max(2, (WIDTH - left - 16) / 90));
        double right = WIDTH - Math.max(16, TextWidth.of(x.ticks().getLast().label()) / 2 + 4);
        double bottom = top + PLOT_HEIGHT;
        Frame frame = new Frame(left, top, right, bottom, x, y);

        List<Line> grid = new ArrayList<>();
        List<Line> axes = new ArrayList<>();
        List<Label> yTicks = new ArrayList<>();
        for (Ticks.Tick t : y.ticks()) {
            double py = frame.py(t.value());
            grid.add(new Line(left, py, right, py));
            axes.add(new Line(left - 4, py, left, py));
            yTicks.add(Label.of(left - 7, py + 4, "end", t.label()));
        }
        List<Label> xTicks = new ArrayList<>();
        int every = every(x, right - left);
        for (int i = 0; i < x.ticks().size(); i++) {
            Ticks.Tick t = x.ticks().get(i);
            double px = frame.px(t.value());
            grid.add(new Line(px, top, px, bottom));
            axes.add(new Line(px, bottom, px, bottom + 4));
            if (i % every == 0) {
                xTicks.add(Label.of(px, bottom + 17, "middle", t.label()));
            }
        }
        axes.add(new Line(left, top, left, bottom));
        axes.add(new Line(left, bottom, right, bottom));

        String xText = Numbers.axisLabel(plot.x().label(), plot.x().unit());
        String yText = Numbers.axisLabel(plot.y().label(), plot.y().unit());
        double height = bottom + 24 + (xText.isEmpty() ? 0 : 18);
        Label xLabel =
                xText.isEmpty() ? null : Label.fitted((left + right) / 2, bottom + 38, "middle", xText, right - left);
        Label yLabel = yText.isEmpty() ? null : Label.fitted(8, yLabelBase, "start", yText, WIDTH - 16);

        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            drawn.add(drawn(plot, plot.series().get(i), kept.get(i), "c" + i % 8, frame));
        }
        return new PlotLayout(WIDTH, Px.round(height), grid, axes, xTicks, yTicks, xLabel, yLabel, legend, drawn, null);
    }

    /** The plotting area and how values map into it. */
    private record Frame(double left, double top, double right, double bottom, Ticks x, Ticks y) {
        double px(double value) {
            return left + x.fraction(value) * (right - left);
        }

        double py(double value) {
            return bottom - y.fraction(value) * (bottom - top);
        }
    }

    private static Drawn drawn(Plot plot, Plot.Series series, List<Point> points, String cls, Frame frame) {
        StringBuilder line = new StringBuilder();
        StringBuilder path = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        boolean marked = series.look() != Look.DASHED && points.size() <= MAX_MARKS;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            String px = Px.of(frame.px(p.x()));
            String py = Px.of(frame.py(p.y()));
            line.append(i == 0 ? "" : " ").append(px).append(',').append(py);
            if (i == 0) {
                path.append("M").append(px).append(' ').append(py);
            } else {
                path.append(" H").append(px).append(" V").append(py);
            }
            if (marked) {
                marks.add(new Mark(frame.px(p.x()), frame.py(p.y()), title(plot, series.name(), p)));
            }
        }
        boolean step = series.look() == Look.STEP;
        return new Drawn(
                cls, series.look(), series.name(), step ? null : line.toString(), step ? path.toString() : null, marks);
    }

    /** "speedup: workers = 8, speedup = 3.9×": the series, then each value with its axis. */
    private static String title(Plot plot, String name, Point p) {
        String x = said(plot.x(), p.x());
        String y = said(plot.y(), p.y());
        return (name.isBlank() ? "" : name + ": ") + x + ", " + y;
    }

    private static String said(Plot.Axis axis, double value) {
        String number = Numbers.withUnit(Numbers.exact(value), axis.unit());
        return axis.label().isBlank() ? number : axis.label() + " = " + number;
    }

    private static List<Legend.Item> items(Plot plot) {
        return Legend.ofSeries(
                plot.series().stream().map(Plot.Series::name).toList(),
                i -> swatch(plot.series().get(i).look()));
    }

    private static Legend.Swatch swatch(Look look) {
        return switch (look) {
            case LINE -> Legend.Swatch.LINE;
            case STEP -> Legend.Swatch.STEP;
            case DASHED -> Legend.Swatch.DASHED;
            case POINTS -> Legend.Swatch.POINTS;
        };
    }

    private static boolean shown(double value, Scale scale) {
        return Double.isFinite(value) && (scale == Scale.LINEAR || value > 0);
    }

    /** A linear axis from 0 (or below, for negative data) to the data; a log axis around it. */
    private static Ticks ticks(Scale scale, List<Point> points, ToDoubleFunction<Point> value, int target) {
        double min = points.stream().mapToDouble(value).min().orElseThrow();
        double max = points.stream().mapToDouble(value).max().orElseThrow();
        return scale == Scale.LOG ? Ticks.log(min, max) : Ticks.linear(Math.min(0, min), Math.max(0, max), target);
    }

    /** Label every n-th tick so that labels do not touch: n for the widest label over the spacing. */
    static int every(Ticks ticks, double length) {
        double spacing = length / (ticks.ticks().size() - 1);
        double widest = ticks.ticks().stream()
                .mapToDouble(t -> TextWidth.of(t.label()))
                .max()
                .orElse(0);
        return Math.max(1, (int) Math.ceil((widest + 10) / spacing));
    }

    public String widths() {
        return Px.of(width);
    }

    public String heights() {
        return Px.of(height);
    }
}
