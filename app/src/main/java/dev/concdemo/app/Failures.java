package dev.concdemo.app;

import dev.concdemo.support.cli.ScenarioFailure;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A scenario that fails (throws) gets one line naming the command and the cause; exit
 * code 1. The stack trace is printed only with --debug, and offered only for an unexpected
 * exception, not for a {@link ScenarioFailure}.
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = cmd.getCommandSpec().root().userObject() instanceof ConcDemo root && root.debug;
        Throwable failure = ex;
        while ((failure instanceof ExecutionException || failure instanceof CompletionException)
                && failure.getCause() != null) {
            failure = failure.getCause(); // say what went wrong, not how it travelled
        }
        String cause = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        boolean explained = failure instanceof ScenarioFailure; // the scenario said it all: no bug to debug
        err.println(cmd.getCommandSpec().qualifiedName() + ": error: " + cause
                + (debug || explained ? "" : " (--debug shows the stack trace)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.SOFTWARE;
    }
}
