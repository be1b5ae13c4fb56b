package dev.concdemo.support.html;

/** A straight line from {@code (x1, y1)} to {@code (x2, y2)}: an axis, a tick, a grid line. */
public record Line(double x1, double y1, double x2, double y2) {
    public Line {
        x1 = Px.round(x1);
        y1 = Px.round(y1);
        x2 = Px.round(x2);
        y2 = Px.round(y2);
    }

    public String x1s() {
        return Px.of(x1);
    }

    public String y1s() {
        return Px.of(y1);
    }

    public String x2s() {
        return Px.of(x2);
    }

    public String y2s() {
        return Px.of(y2);
    }
}
