package dev.concdemo.support.html;

/** A coordinate as an SVG attribute writes it: at most one decimal, none when it is whole ("12", "12.5"). */
public final class Px {
    private Px() {}

    /** {@code value} rounded to a tenth, without a trailing ".0". */
    public static String of(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    /** {@code value} rounded to a tenth, for geometry kept as numbers. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
