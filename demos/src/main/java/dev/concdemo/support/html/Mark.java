package dev.concdemo.support.html;

/** A point drawn at {@code (x, y)}, with the exact values it stands for as its hover text. */
public record Mark(double x, double y, String title) {
    public Mark {
        x = Px.round(x);
        y = Px.round(y);
    }

    public String xs() {
        return Px.of(x);
    }

    public String ys() {
        return Px.of(y);
    }
}
