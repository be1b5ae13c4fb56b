package dev.concdemo.app;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * A usage error (unknown command or option, bad value) is one line naming the command,
 * then where to read more; exit code 2. No usage dump, no stack trace.
 */
final class UsageErrors implements IParameterExceptionHandler {
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
        String message = String.valueOf(ex.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> unmatchedArgs = unmatched.getUnmatched();
            String first = unmatchedArgs.isEmpty() ? "" : unmatchedArgs.getFirst();
            boolean hasSubcommands = !cmd.getCommandSpec().subcommands().isEmpty() || cmd.getCommandSpec().root() == cmd.getCommandSpec();
            if (!first.startsWith("-") && hasSubcommands) {
                message = "unknown command '" + first + "'";
            } else if (!first.startsWith("-")) {
                message = "unexpected argument '" + first + "'";
            } else {
                message = "unknown option '" + first + "'";
            }
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?)";
            }
        }
        return message;
    }
}
