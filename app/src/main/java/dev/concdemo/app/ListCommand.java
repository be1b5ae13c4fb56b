package dev.concdemo.app;

import dev.concdemo.support.cli.LangOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Texts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concdemo list}: the catalogue, grouped by chapter. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Print the catalogue: every scenario by chapter, with its seed.",
        footerHeading = "%nExample:%n",
        footer = {"  concdemo list", "  concdemo list --lang zh"})
final class ListCommand implements Callable<Integer> {
    private final Session session;

    ListCommand(Session session) {
        this.session = session;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Catalogue.print(spec.commandLine().getOut(), Texts.lang(), session.columns());
        return 0;
    }
}
