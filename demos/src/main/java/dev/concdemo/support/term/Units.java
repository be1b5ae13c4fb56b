package dev.concdemo.support.term;

import java.util.Locale;

/** How scenarios print measured numbers: fixed decimals, dot as the separator, whatever the locale. */
public final class Units {
    private Units() {}

    /** "2.35 s" from nanoseconds. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /**
     * "2.35 s" from nanoseconds for English prose, "2.35 秒" for Chinese: the run's language
     * ({@link Texts#lang()}). Event lines and tables keep {@link #seconds}.
     */
    public static String secondsSaid(long nanos) {
        return secondsSaid(nanos, Texts.lang());
    }

    /** "2.35 s" in English, "2.35 秒" in Chinese. */
    public static String secondsSaid(long nanos, Lang lang) {
        return lang == Lang.ZH ? String.format(Locale.ROOT, "%.2f 秒", nanos / 1e9) : seconds(nanos);
    }

    /** "2.350 s" from nanoseconds, for times that matter to the millisecond. */
    public static String secondsMs(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** "50 ms" from nanoseconds. */
    public static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    /** Two decimals: "1.87". */
    public static String fixed2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Rounded to two decimals, for JSON. */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** "1 trial", "2 trials", "0 victims": a count and its noun, plural unless the count is one. */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
