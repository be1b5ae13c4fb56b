package dev.concdemo.app;

import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error (unknown command or option, bad value) is one line naming the command,
 * then where to read more; exit code 2. No usage dump, no stack trace. An unknown name gets
 * a suggestion only when one is close ({@link Suggestions}).
 */
final class UsageErrors implements IParameterExceptionHandler {
    private static final String UNKNOWN_SUBCOMMAND = "Unknown subcommand '"; // picocli's HelpCommand

    /** picocli's words for a value its built-in converters cannot read: 'abc' is not a long. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "Invalid value for (?:option '([^']+)'(?: \\([^)]*\\))?|positional parameter at index \\d+ \\(([^)]+)\\)): "
                    + "'(.*)' is not an? (int|long|short|byte|float|double)");

    /** picocli's words for a value not among an option's choices (our enum converters' too). */
    private static final Pattern NOT_ONE_OF =
            Pattern.compile("Invalid value for option '([^']+)'(?: \\([^)]*\\))?: expected one of (.*), not '(.*)'");

    /** picocli's words for options of an exclusive group given together: "Error: --a=N, --b=N are mutually exclusive". */
    private static final Pattern EXCLUSIVE =
            Pattern.compile("Error: (.*) are mutually exclusive \\(specify only one\\)");

    private final int columns;

    /** Errors whose lines fit {@code columns}: min(terminal width, 100). */
    UsageErrors(int columns) {
        this.columns = columns;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        Width.wrap(name + ": " + message(ex, cmd), columns, "  ").forEach(err::println);
        err.println("See '" + name + " --help'.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException ex, CommandLine cmd) {
        String message =
                String.valueOf(ex.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        CommandSpec spec = cmd.getCommandSpec();
        if (message.startsWith(UNKNOWN_SUBCOMMAND)) { // concdemo help nosuch
            String typed = message.substring(UNKNOWN_SUBCOMMAND.length(), message.lastIndexOf('\''));
            return "unknown command '" + typed + "'" + didYouMean(Suggestions.close(typed, Registry.names()));
        }
        String ours = reworded(message);
        if (!ours.equals(message)) {
            return ours;
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> unmatchedArgs = unmatched.getUnmatched();
            String first = unmatchedArgs.isEmpty() ? "" : unmatchedArgs.getFirst();
            boolean hasSubcommands = !spec.subcommands().isEmpty() || spec.root() == spec;
            List<String> candidates = new ArrayList<>();
            if (!first.startsWith("-") && hasSubcommands) {
                message = "unknown command '" + first + "'";
                candidates.addAll(
                        spec.root() == spec
                                ? Registry.names()
                                : spec.subcommands().keySet());
            } else if (!first.startsWith("-")) {
                message = "unexpected argument '" + first + "'";
            } else {
                message = "unknown option '" + first + "'";
                spec.options().stream()
                        .filter(o -> !o.hidden())
                        .map(OptionSpec::longestName)
                        .forEach(candidates::add);
            }
            message += didYouMean(Suggestions.close(first.replaceFirst("=.*", ""), candidates));
        }
        return message;
    }

    /**
     * A bad value in the words of our own range checks ({@code Ranges}): picocli's
     * "Invalid value for option '--seed': 'abc' is not a long" becomes "--seed must be a whole
     * number, not 'abc'", its "expected one of" becomes "must be one of", and "--a=N, --b=N are mutually exclusive"
     * becomes "--a and --b exclude each other: give one". Any other message
     * is returned as it is, on one line.
     */
    static String reworded(String picocliMessage) {
        String message = picocliMessage.replaceAll("\\s*\\R\\s*", " ").strip();
        Matcher number = NOT_A_NUMBER.matcher(message);
        if (number.matches()) {
            String what = number.group(1) != null ? number.group(1) : number.group(2);
            String kind =
                    number.group(4).equals("float") || number.group(4).equals("double") ? "a number" : "a whole number";
            return what + " must be " + kind + ", not '" + number.group(3) + "'";
        }
        Matcher exclusive = EXCLUSIVE.matcher(message);
        if (exclusive.matches()) {
            List<String> options = java.util.Arrays.stream(exclusive.group(1).split(", "))
                    .map(o -> o.replaceFirst("=.*", ""))
                    .toList();
            return String.join(" and ", options) + " exclude each other: give one";
        }
        Matcher choice = NOT_ONE_OF.matcher(message);
        if (choice.matches()) {
            return choice.group(1) + " must be one of " + choice.group(2) + ", not '" + choice.group(3) + "'";
        }
        return message;
    }

    /** " (did you mean 'a' or 'b'?)", or "" for no suggestion. */
    static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty()
                ? ""
                : " (did you mean "
                        + String.join(
                                " or ",
                                suggestions.stream().map(s -> "'" + s + "'").toList()) + "?)";
    }
}
