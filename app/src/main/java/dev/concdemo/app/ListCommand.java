package dev.concdemo.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concdemo list}: the catalogue, grouped by chapter. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Print the catalogue: every scenario by chapter, with its seed.",
        footerHeading = "%nExample:%n",
        footer = "  concdemo list")
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue.print(spec.commandLine().getOut());
        return 0;
    }
}
