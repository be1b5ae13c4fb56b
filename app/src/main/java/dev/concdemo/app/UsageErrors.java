package dev.concdemo.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(ex, cmd));
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
