package dev.concdemo.app;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Texts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: alone, it prints the catalogue; its subcommands (see {@link Registry}) are the scenarios. */
@Command(
        name = "concdemo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Concurrency scenarios made visible and measured, on the JVM.",
            "Each subcommand runs one scenario from the seed notes (deadlocks, races, pools, the GIL, IO models, "
                    + "a fib service) and ends by itself with a summary of what it measured."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo list                     the catalogue, by chapter",
            "  concdemo deadlock                 the seed's ABBA deadlock, detected and broken",
            "  concdemo deadlock --help          a scenario's options",
            "  concdemo explain gil --lang zh    a concept, in Chinese",
            "  concdemo shell                    every command at one prompt, with completion",
            "  source <(concdemo completion)     tab completion in bash"
        })
final class ConcDemo implements Callable<Integer> {
    private final Session session;

    ConcDemo(Session session) {
        this.session = session;
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure, and the failures a run went on from.")
    boolean debug;

    @Override
    public Integer call() {
        Catalogue.print(spec.commandLine().getOut(), Texts.lang(), session.columns());
        return 0;
    }
}
