package dev.concdemo.support.html;

import java.util.List;

/** A table beside the charts: the jobs a scheduler ran, the numbers a chart leaves out. */
public record Grid(String title, String caption, List<String> header, List<List<String>> rows) implements Figure {
    public Grid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
