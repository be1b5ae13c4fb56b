package dev.concdemo.support.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How a figure writes numbers: short on axes and bars ("2.5", "40k", "1.2M"), exact on hover
 * ("41234.5 req/s"), with the unit after a space ("2.5 ms"), or right after for a sign ("95%").
 */
public final class Numbers {
    /** Units written right after the number, as signs are. */
    private static final Set<String> ATTACHED = Set.of("%", "×", "x");

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};

    private Numbers() {}

    /** Three significant digits, thousands as k, millions as M: "41.2k", "2.53", "0.004". */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP));
        int group = group(rounded.abs().doubleValue());
        return plain(rounded.movePointLeft(3 * group)) + SUFFIXES[group];
    }

    /** The value as measured, to six significant digits: "41234.5", "0.00312". */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return plain(new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_UP)));
    }

    /** A number's text with its unit: "2.5 ms", "95%", "12" for no unit. */
    public static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return ATTACHED.contains(unit) ? number + unit : number + " " + unit;
    }

    /** An axis's label with its unit in parentheses: "latency (ms)"; the unit alone if there is no label. */
    public static String axisLabel(String label, String unit) {
        boolean noLabel = label == null || label.isBlank();
        boolean noUnit = unit == null || unit.isBlank();
        if (noUnit) {
            return noLabel ? "" : label;
        }
        return noLabel ? unit : label + " (" + unit + ")";
    }

    /**
     * A tick's label on a linear axis whose ticks are {@code step} apart, where the axis's
     * largest tick is {@code largest} in size: as many decimals as the step needs, in the
     * thousands' group the largest tick is in ("0.25", "1.5k", "40k", "2M").
     */
    static String tick(double value, double step, double largest) {
        int group = group(largest);
        int decimals = Math.max(0, 3 * group - (int) Math.floor(Math.log10(step) + 1e-9));
        BigDecimal scaled = new BigDecimal(value).movePointLeft(3 * group).setScale(decimals, RoundingMode.HALF_UP);
        return scaled.signum() == 0 ? "0" : plain(scaled) + SUFFIXES[group];
    }

    /** The label of the power of ten 10^exponent: "0.01", "1", "100", "1k", "10k", "1M". */
    static String power(int exponent) {
        if (exponent < 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(exponent).toPlainString();
        }
        int group = Math.min(exponent / 3, SUFFIXES.length - 1);
        return BigDecimal.ONE.scaleByPowerOfTen(exponent - 3 * group).toPlainString() + SUFFIXES[group];
    }

    /** Which thousands' group a size is written in: 0 below 1000, 1 (k) below a million, and so on. */
    private static int group(double size) {
        int group = 0;
        while (group < SUFFIXES.length - 1 && size >= Math.pow(1000, group + 1)) {
            group++;
        }
        return group;
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
