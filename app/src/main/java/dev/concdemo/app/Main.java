package dev.concdemo.app;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.SessionFactory;
import dev.concdemo.support.cli.SessionStrategy;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Width;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;

/**
 * The concdemo entry point: makes the run's {@link Session} from this process's streams,
 * turns Ctrl-C and SIGTERM into a cancel (a second one exits at once), runs the command line
 * and exits with its code.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale says (seed names, box drawing). Straight on the file
        // descriptors, not System.out: a PrintStream hides a closed pipe, and the narrator
        // must see it (| head) to end the run.
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        if (printPage(out, System.getenv(), args)) {
            // halt, not exit: nothing to shut down, and since JDK 21 Runtime.exit first asks
            // System.Logger whether to log the exit, which starts the logging framework (~25
            // classes) in a process that printed one page.
            Runtime.getRuntime().halt(0);
        }
        Session session = session(out, err);
        int code = run(session, args);
        out.flush();
        err.flush();
        System.exit(code); // the one exit: scenarios return codes, they never exit
    }

    /**
     * The commands typed most, answered from pages rendered at build time, with nothing else
     * set up: the catalogue ({@code concdemo}, {@code concdemo list}) and a help page
     * ({@code concdemo deadlock --help}). True if it printed one; false for every other
     * command line, which picocli parses. The launcher starts these with an AOT cache of their
     * own (app/pom.xml, aot-pages-cache): the JVM loads every class of its cache at start-up,
     * and the command line's holds picocli's model, ~1,800 classes.
     */
    static boolean printPage(PrintWriter out, Map<String, String> environment, String... args) {
        if (isCatalogue(args)) {
            Catalogue.print(out, Lang.fromEnvironment(environment), Width.columns(environment));
            out.flush();
            return true;
        }
        String help = HelpPages.asked(args);
        return help != null
                && HelpPages.print(
                        out,
                        help,
                        Session.colourByDefault(Terminals.isTerminal(1), environment),
                        Width.columns(environment));
    }

    /**
     * The session of this process: its standard streams, whether they are terminals, its
     * environment, and Ctrl-C as a cancel from when a scenario starts (help, version and
     * usage errors keep the JVM's default and skip the handler's set-up cost). The AOT
     * training makes its sessions here too, so the cache holds what this needs.
     */
    static Session session(PrintWriter out, PrintWriter err) {
        Session session = new Session(
                out,
                err,
                new FileInputStream(FileDescriptor.in),
                Terminals.isTerminal(1),
                Terminals.isTerminal(0),
                System.getenv());
        session.onStart(() -> Signals.onInterrupt(() -> {
            if (!session.cancellation().cancel(Cancellation.Reason.INTERRUPTED)) {
                err.flush();
                Runtime.getRuntime().halt(SessionStrategy.INTERRUPTED); // the second Ctrl-C: now
            }
        }));
        return session;
    }

    private static boolean isCatalogue(String... args) {
        return args.length == 0 || (args.length == 1 && args[0].equals("list"));
    }

    /** Runs concdemo with these arguments in a session of these writers (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Session.of(out, err), args);
    }

    /**
     * Runs concdemo with these arguments and returns its exit code. The catalogue, typed
     * most, has nothing to parse ({@code concdemo}, {@code concdemo list}): it is printed
     * straight from the class annotations, without building picocli's model (~40 ms of a
     * cold start). Everything else goes through picocli.
     */
    public static int run(Session session, String... args) {
        if (isCatalogue(args)) {
            Catalogue.print(session.out(), session.lang(), session.columns());
            return 0;
        }
        return commandLine(session, args).execute(args);
    }

    /** The command line for these arguments, writing to {@code out} and {@code err} (tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(Session.of(out, err), args);
    }

    /**
     * The program as a picocli command line for these arguments, in {@code session}. Only the
     * subcommands the arguments need are built (see {@link Registry#needed}).
     */
    public static CommandLine commandLine(Session session, String... args) {
        CommandLine commandLine = new CommandLine(new ConcDemo(session), new SessionFactory(session));
        Registry.needed(args).forEach(commandLine::addSubcommand);
        ScenarioCommand.addOptions(commandLine);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec()
                .versionProvider(new VersionProvider()));
        return commandLine
                // Help in colour by --color auto's rule, decided here: picocli's own (Ansi.AUTO)
                // asks System.console(), which on JDK 22+ starts a whole console implementation.
                .setColorScheme(Help.defaultColorScheme(session.colourByDefault() ? Ansi.ON : Ansi.OFF))
                .setOut(session.out())
                .setErr(session.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // help fits min(terminal width, 100), as every output does (picocli's least is 55)
                .setUsageHelpWidth(Math.max(55, session.columns()))
                .setExecutionStrategy(new SessionStrategy(session))
                .setParameterExceptionHandler(new UsageErrors(session.columns()))
                .setExecutionExceptionHandler(new Failures());
    }
}
