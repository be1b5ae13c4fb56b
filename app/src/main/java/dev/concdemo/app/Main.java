package dev.concdemo.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The concdemo entry point: builds the command line, runs it, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: the catalogue and tables use it (seed names, box drawing).
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code); // the one exit: scenarios return codes, they never exit
    }

    /**
     * Runs concdemo with these arguments and returns its exit code. The catalogue, typed
     * most, has nothing to parse ({@code concdemo}, {@code concdemo list}): it is printed
     * straight from the class annotations, without building picocli's model (~40 ms of a
     * cold start). Everything else goes through picocli.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 0 || (args.length == 1 && args[0].equals("list"))) {
            Catalogue.print(out);
            return 0;
        }
        return commandLine(out, err, args).execute(args);
    }

    /**
     * The program as a picocli command line for these arguments, writing to {@code out}
     * and {@code err}; tests use it too. Only the subcommands the arguments need are
     * built (see {@link Registry#needed}).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ConcDemo());
        Registry.needed(args).forEach(commandLine::addSubcommand);
        return commandLine
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new Failures());
    }
}
