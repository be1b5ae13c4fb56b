package dev.concdemo.app;

import java.util.List;
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
    static final String HEADER = """
        #!/usr/bin/env bash
        # Bash completion for concdemo: its commands, their options and option values.
        # Made by `concdemo completion` (with picocli's AutoComplete). To use it:
        #   source <(concdemo completion)      in this shell
        #   concdemo completion > ~/.local/share/bash-completion/completions/concdemo
        #                                      in every new shell (with bash-completion)
        """;

    /** picocli's script without its generic opening comments (install steps for another layout), with ours. */
    static String withOurHeader(String script) {
        List<String> lines = script.lines().toList();
        int code = 1;
        while (code < lines.size()
                && (lines.get(code).startsWith("#") || lines.get(code).isBlank())) {
            code++;
        }
        String body = String.join("\n", lines.subList(code, lines.size()));
        return HEADER + "\n" + body.replaceAll(" \\(see \\[\\d]\\)", "") + "\n"; // notes [1]..[4] were in its header
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(withOurHeader(AutoComplete.bash("concdemo", spec.root().commandLine())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
