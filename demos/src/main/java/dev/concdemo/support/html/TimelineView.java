package dev.concdemo.support.html;

import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The timeline laid out for the page: one lane per thread and child process (spans nested in a
 * lane drawn one row lower each), instants as ticks, counters as step charts under the lanes.
 * x is in microseconds since the run began (the drawing stretches to the page's width, and
 * zooming changes which microseconds it shows); y is in pixels.
 *
 * <p>A lane with thousands of spans shorter than a pixel would make a page of megabytes that
 * shows nothing more: past {@value #CROWDED} spans (or instants) in a lane, runs of such spans
 * of one kind closer than a pixel are merged into one mark, and the page says how many.
 */
public record TimelineView(
        double endMicros,
        int height,
        List<Lane> lanes,
        List<Span> spans,
        List<Tick> instants,
        List<Counter> counters,
        List<Legend> legend,
        List<AxisTick> axis,
        List<String> notes) {

    /** Pixels per nesting level in a lane. */
    static final int ROW = 11;
    /** Nesting levels drawn; deeper spans are drawn in the last. */
    static final int DEPTHS = 4;

    static final int LANE_GAP = 7;
    static final int COUNTER_HEIGHT = 36;
    /** The page's width in pixels that merging assumes: a span shorter than end/PIXELS is below a pixel. */
    static final int PIXELS = 1400;
    /** More spans (or instants) than this in one lane are merged where below a pixel. */
    static final int CROWDED = 300;

    public record Lane(int index, String name, int y, int height) {}

    public record Span(String css, double x, int y, double w, int h, int lane, String text, String title) {}

    public record Tick(double x, int y1, int y2, int lane, String text, String title) {}

    public record Counter(int index, String name, long max, int y, int height, String points) {}

    public record Legend(String css, String name) {}

    public record AxisTick(double percent, String label) {}

    static TimelineView of(Trace.Snapshot snapshot, double runMicros, Texts texts) {
        double end = runMicros;
        for (Trace.Recorded e : snapshot.events()) {
            end = Math.max(end, e.startMicros() + e.durMicros());
        }
        end = Math.max(end, 1);
        double pixel = end / PIXELS;
        List<Lane> lanes = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<SpanKind> kinds = EnumSet.noneOf(SpanKind.class);
        int y = 0;
        for (int lane = 0; lane < snapshot.lanes().size(); lane++) {
            final int l = lane;
            List<Trace.Recorded> own = snapshot.events().stream()
                    .filter(e -> e.lane() == l && e.phase() == 'X')
                    .sorted(Comparator.comparingDouble(Trace.Recorded::startMicros)
                            .thenComparing(e -> -e.durMicros()))
                    .toList();
            List<Trace.Recorded> instants = snapshot.events().stream()
                    .filter(e -> e.lane() == l && e.phase() == 'i')
                    .toList();
            int[] depth = depths(own);
            int deepest = 0;
            for (int d : depth) {
                deepest = Math.max(deepest, Math.min(d, DEPTHS - 1));
            }
            int height = (deepest + 1) * ROW + 4;
            lanes.add(new Lane(lane, snapshot.lanes().get(lane), y, height));
            int merged = addSpans(spans, own, depth, own.size() > CROWDED ? pixel : 0, y, lane, kinds);
            int mergedTicks = addTicks(ticks, instants, instants.size() > CROWDED ? pixel : 0, y, height, lane);
            if (merged > 0 || mergedTicks > 0) {
                notes.add(texts.format(
                        "merged", snapshot.lanes().get(lane), String.format(Locale.ROOT, "%,d", merged + mergedTicks)));
            }
            y += height + LANE_GAP;
        }
        List<Counter> counters = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Trace.Value>> c : snapshot.counters().entrySet()) {
            long max = c.getValue().stream().mapToLong(Trace.Value::value).max().orElse(0);
            counters.add(new Counter(
                    index++,
                    c.getKey(),
                    max,
                    y,
                    COUNTER_HEIGHT,
                    steps(c.getValue(), end, pixel, max, y, COUNTER_HEIGHT)));
            y += COUNTER_HEIGHT + LANE_GAP;
        }
        if (lanes.isEmpty() && counters.isEmpty()) {
            notes.add(texts.format("empty"));
        }
        if (snapshot.cut() > 0) {
            notes.add(texts.format("cut", String.format(Locale.ROOT, "%,d", snapshot.cut())));
        }
        List<Legend> legend = new ArrayList<>();
        for (SpanKind k : kinds) {
            legend.add(new Legend(k.css, texts.format("kind." + k.name().toLowerCase(Locale.ROOT))));
        }
        return new TimelineView(end, Math.max(y, 1), lanes, spans, ticks, counters, legend, axis(end), notes);
    }

    /** Each span's nesting level in its lane: how many spans that are still open enclose it. */
    private static int[] depths(List<Trace.Recorded> sorted) {
        int[] depth = new int[sorted.size()];
        Deque<Double> open = new ArrayDeque<>(); // ends of the enclosing spans
        for (int i = 0; i < sorted.size(); i++) {
            Trace.Recorded e = sorted.get(i);
            while (!open.isEmpty() && open.peek() <= e.startMicros()) {
                open.pop();
            }
            depth[i] = open.size();
            open.push(e.startMicros() + e.durMicros());
        }
        return depth;
    }

    /** Adds a lane's spans, merging runs below {@code pixel} (0: none); returns how many were merged. */
    private static int addSpans(
            List<Span> out,
            List<Trace.Recorded> own,
            int[] depth,
            double pixel,
            int laneY,
            int lane,
            Set<SpanKind> kinds) {
        int merged = 0;
        int i = 0;
        while (i < own.size()) {
            Trace.Recorded first = own.get(i);
            SpanKind kind = SpanKind.of(first.name());
            int d = Math.min(depth[i], DEPTHS - 1);
            double start = first.startMicros();
            double end = start + first.durMicros();
            int j = i + 1;
            if (pixel > 0 && first.durMicros() < pixel) {
                while (j < own.size()) {
                    Trace.Recorded next = own.get(j);
                    if (next.durMicros() >= pixel
                            || next.startMicros() - end > pixel
                            || Math.min(depth[j], DEPTHS - 1) != d
                            || SpanKind.of(next.name()) != kind) {
                        break;
                    }
                    end = Math.max(end, next.startMicros() + next.durMicros());
                    j++;
                }
            }
            int n = j - i;
            String text = n == 1 ? first.name() : n + " × " + first.name() + " …";
            if (n > 1) {
                merged += n;
            }
            kinds.add(kind);
            out.add(new Span(
                    kind.css,
                    round(start),
                    laneY + 2 + d * ROW,
                    round(end - start),
                    ROW - 2,
                    lane,
                    text,
                    text + " — " + Times.said(start) + " → " + Times.said(end) + " (" + Times.said(end - start) + ")"));
            i = j;
        }
        return merged;
    }

    private static int addTicks(
            List<Tick> out, List<Trace.Recorded> instants, double pixel, int laneY, int height, int lane) {
        int merged = 0;
        int i = 0;
        while (i < instants.size()) {
            Trace.Recorded first = instants.get(i);
            int j = i + 1;
            while (pixel > 0 && j < instants.size() && instants.get(j).startMicros() - first.startMicros() < pixel) {
                j++;
            }
            int n = j - i;
            String text = n == 1 ? first.name() : n + " × " + first.name() + " …";
            if (n > 1) {
                merged += n;
            }
            out.add(new Tick(
                    round(first.startMicros()),
                    laneY,
                    laneY + height,
                    lane,
                    text,
                    Times.said(first.startMicros()) + "  " + text));
            i = j;
        }
        return merged;
    }

    /** A counter's values as an SVG step polyline, one point per pixel at most. */
    private static String steps(List<Trace.Value> values, double end, double pixel, long max, int y, int height) {
        StringBuilder points = new StringBuilder();
        double scale = max == 0 ? 0 : (height - 4.0) / max;
        long previous = 0;
        points.append("0,").append(y + height);
        boolean thin = values.size() > 2 * PIXELS;
        for (int i = 0; i < values.size(); i++) {
            Trace.Value v = values.get(i);
            if (thin
                    && i + 1 < values.size()
                    && Math.floor(values.get(i + 1).atMicros() / pixel) == Math.floor(v.atMicros() / pixel)) {
                continue; // only the last value within each pixel is drawn
            }
            double x = round(v.atMicros());
            points.append(' ').append(x).append(',').append(round(y + height - previous * scale));
            points.append(' ').append(x).append(',').append(round(y + height - v.value() * scale));
            previous = v.value();
        }
        points.append(' ').append(round(end)).append(',').append(round(y + height - previous * scale));
        return points.toString();
    }

    /** The whole run's time axis, for the page without JavaScript: ticks at nice times, as % of the width. */
    private static List<AxisTick> axis(double end) {
        double step = Times.niceStep(end, 8);
        List<AxisTick> ticks = new ArrayList<>();
        for (double t = 0; t <= end + step / 1e6; t += step) {
            ticks.add(new AxisTick(round(100 * t / end), Times.said(t)));
        }
        return ticks;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
