package dev.concdemo.support.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Option values and their ranges, checked one way: a bad value is a usage error that names
 * the option, the allowed range, the reason if there is one, and the value as the user
 * typed it: {@code --threads must be a whole number from 2 to 200 (a race needs two), not '1e3'}.
 *
 * <p>A setter that must see what was typed ({@code @Option void set(String typed)}) parses with
 * {@link #decimalAbove}; every other check runs after parsing, with {@link #check}.
 */
public final class Ranges {
    private Ranges() {}

    /** A number more than {@code above} and at most {@code max}. */
    public static double decimalAbove(
            CommandSpec spec, String option, String typed, double above, double max, String why) {
        double value = parse(typed);
        if (!(value > above && value <= max)) {
            throw fail(
                    spec,
                    option,
                    "a number more than %s and at most %s".formatted(format(above), format(max)),
                    why,
                    typed);
        }
        return value;
    }

    /** After parsing: fails unless {@code min <= value <= max}, quoting what was typed for {@code option}. */
    public static void check(CommandSpec spec, String option, long value, long min, long max, String why) {
        if (value < min || value > max) {
            throw fail(spec, option, "from " + min + " to " + max, why, typed(spec, option, Long.toString(value)));
        }
    }

    /** After parsing: fails unless {@code min <= value <= max}, for decimals. */
    public static void check(CommandSpec spec, String option, double value, double min, double max, String why) {
        if (!(value >= min && value <= max)) {
            throw fail(
                    spec,
                    option,
                    "from %s to %s".formatted(format(min), format(max)),
                    why,
                    typed(spec, option, format(value)));
        }
    }

    /** After parsing: fails unless {@code above < value <= max}. */
    public static void checkAbove(CommandSpec spec, String option, double value, double above, double max, String why) {
        if (!(value > above && value <= max)) {
            throw fail(
                    spec,
                    option,
                    "more than %s and at most %s".formatted(format(above), format(max)),
                    why,
                    typed(spec, option, format(value)));
        }
    }

    // Concatenation, not String.format: a %d makes the Formatter load the locale's number
    // symbols, ~20 ms of a usage error's cold start (bench/startup.py).
    private static ParameterException fail(CommandSpec spec, String option, String range, String why, String typed) {
        return new ParameterException(
                spec.commandLine(),
                "%s must be %s%s, not '%s'".formatted(option, range, why == null ? "" : " (" + why + ")", typed));
    }

    private static double parse(String typed) {
        try {
            return Double.parseDouble(typed.strip());
        } catch (NumberFormatException e) {
            return Double.NaN; // fails every range
        }
    }

    /** What the user typed for {@code option} (its last occurrence), or {@code otherwise}. */
    private static String typed(CommandSpec spec, String option, String otherwise) {
        ParseResult parsed = spec.commandLine().getParseResult();
        OptionSpec matched = parsed == null ? null : parsed.matchedOption(option);
        List<String> typed = matched == null ? List.of() : matched.originalStringValues();
        return typed.isEmpty() ? otherwise : typed.getLast();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
