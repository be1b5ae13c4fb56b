package dev.concdemo.support.html;

import java.util.Locale;

/** Times on the page, from microseconds since the run began: "1.234 s", "12.5 ms", "40 µs". */
final class Times {
    private Times() {}

    static String said(double micros) {
        double a = Math.abs(micros);
        if (a < 0.05) {
            return "0";
        }
        if (a >= 1e6) {
            return trim(String.format(Locale.ROOT, "%.3f", micros / 1e6)) + " s";
        }
        if (a >= 1e3) {
            return trim(String.format(Locale.ROOT, "%.2f", micros / 1e3)) + " ms";
        }
        return trim(String.format(Locale.ROOT, "%.1f", micros)) + " µs";
    }

    /** A step of 1, 2 or 5 × 10^k that cuts {@code span} into about {@code parts}. */
    static double niceStep(double span, int parts) {
        double raw = span / Math.max(1, parts);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }
}
