package dev.concdemo.support.html;

/**
 * A chart or a table that a scenario's page ({@code --html}) draws from the run's report:
 * the numbers the run measured, laid out so they are seen rather than read. A figure is data
 * only (titles, axes, values, in the run's language); {@code FigureSvg} draws it.
 */
public sealed interface Figure permits Plot, Bars, Strips, Grid {
    /** The heading above the figure. */
    String title();

    /** One or two sentences under it, computed from the run like every summary sentence ("" for none). */
    String caption();
}
