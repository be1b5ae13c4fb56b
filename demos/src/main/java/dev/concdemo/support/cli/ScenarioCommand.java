package dev.concdemo.support.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every scenario command has, so that each one declares only its own options: the
 * run's {@link Session} (handed to the constructor by the CLI's factory), picocli's model of
 * the command (for usage errors), and the {@link CommonOptions}.
 */
public abstract class ScenarioCommand implements Callable<Integer> {
    /** --json, --color, --trace. */
    @Mixin
    protected CommonOptions common;

    /** This command as picocli sees it. */
    @Spec
    protected CommandSpec spec;

    /** The run this command is part of: its output, clock, cancel signal and trace. */
    protected final Session session;

    protected ScenarioCommand(Session session) {
        this.session = session;
    }

    /** The options written once and shared by some scenarios ({@link CodedOption}) that this one takes. */
    public List<CodedOption> options() {
        return List.of();
    }

    /**
     * Adds each scenario's {@link #options()} to its command: call it where the command line
     * is built, before parsing (the CLI and the tests do).
     */
    public static CommandLine addOptions(CommandLine commandLine) {
        if (commandLine.getCommand() instanceof ScenarioCommand scenario) {
            CommandSpec spec = commandLine.getCommandSpec();
            scenario.options().forEach(option -> spec.addOption(option.spec(spec)));
        }
        commandLine.getSubcommands().values().forEach(ScenarioCommand::addOptions);
        return commandLine;
    }
}
