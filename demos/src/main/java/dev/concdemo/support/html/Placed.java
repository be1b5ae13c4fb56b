package dev.concdemo.support.html;

/** A rectangle on a figure (a bar, a strip's box), its coordinates written as SVG wants them. */
public interface Placed {
    double x();

    double y();

    double w();

    double h();

    default String xs() {
        return Px.of(x());
    }

    default String ys() {
        return Px.of(y());
    }

    default String ws() {
        return Px.of(w());
    }

    default String hs() {
        return Px.of(h());
    }
}
