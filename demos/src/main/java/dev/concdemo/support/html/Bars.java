package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Grouped bars: one group per category along the x axis, one bar per series in each group
 * (requests per second per model at 1 and at 8 connections; how many runs ended with each
 * outcome). A missing value ({@code null}) draws no bar and is marked as missing.
 *
 * @param unit what the values count ("req/s", "ms", "" for a plain count)
 */
public record Bars(
        String title, String caption, String valueLabel, String unit, List<String> categories, List<Series> series)
        implements Figure {
    public Bars {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /** One value per category, in the categories' order; null where there is none. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
        }
    }
}
