package dev.concdemo.support.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option some scenarios take and others do not, written once and built in code rather than
 * read from annotations: as a picocli mixin each cost every start of the command a spec of its
 * own, built by reflection (~10 ms here, measured; docs/benchmarks.md). A scenario lists the
 * ones it takes in {@link ScenarioCommand#options()}; {@link ScenarioCommand#addOptions} adds
 * them where the command line is built.
 */
public sealed interface CodedOption permits TimeScaleOption, SeedOption, PythonOption {
    /** The option, for {@code command}, whose values it checks and keeps. */
    OptionSpec spec(CommandSpec command);

    /** All its options, for {@code command}: most have one, {@link #spec}. */
    default java.util.List<OptionSpec> specs(CommandSpec command) {
        return java.util.List.of(spec(command));
    }
}
