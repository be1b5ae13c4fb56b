package dev.concdemo.support.html;

/**
 * A text placed in a figure: at {@code (x, y)} (its baseline), anchored "start", "middle" or
 * "end", running to the right, or upwards if {@code up}. A text cut to fit ends in "…" and keeps
 * the whole of it in {@code full}, which hovering shows; {@code full} is null when nothing was cut.
 */
public record Label(double x, double y, String anchor, String text, String full, boolean up) {
    /** {@code text} at {@code (x, y)}, cut to {@code width} pixels if it is wider. */
    static Label fitted(double x, double y, String anchor, String text, double width) {
        String shown = TextWidth.fit(text, width);
        return new Label(Px.round(x), Px.round(y), anchor, shown, shown.equals(text) ? null : text, false);
    }

    /** {@code text} at {@code (x, y)}, whole. */
    static Label of(double x, double y, String anchor, String text) {
        return new Label(Px.round(x), Px.round(y), anchor, text, null, false);
    }

    /** {@code text} at {@code (x, y)}, whole, running upwards. */
    static Label up(double x, double y, String anchor, String text) {
        return new Label(Px.round(x), Px.round(y), anchor, text, null, true);
    }

    public String xs() {
        return Px.of(x);
    }

    public String ys() {
        return Px.of(y);
    }

    /** The SVG transform that turns an upward text about its anchor, null for one that runs across. */
    public String transform() {
        return up ? "rotate(-90 " + xs() + " " + ys() + ")" : null;
    }
}
