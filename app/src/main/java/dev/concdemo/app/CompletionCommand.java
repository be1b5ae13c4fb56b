package dev.concdemo.app;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concdemo completion}: a bash completion script for every command and option. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a bash completion script (commands, options, option values).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(concdemo completion)                         in this shell",
            "  concdemo completion > ~/.local/share/bash-completion/completions/concdemo"
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(AutoComplete.bash("concdemo", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
