package dev.concdemo.support.cli;

import java.util.concurrent.Callable;
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
}
