package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the numbers are spread over: child JVMs (--procs) or threads of this JVM (--threads),
 * one or the other (picocli's exclusive group), a list of counts running each in turn.
 */
final class WorkerCounts {
    @Option(
            names = "--procs",
            paramLabel = "N",
            split = ",",
            description = "Child JVMs to spread the work over; a list runs each (default: one per core, here"
                    + " ${sys:concdemo.cores:-the core count}).")
    List<Integer> procs;

    @Option(
            names = "--threads",
            paramLabel = "N",
            split = ",",
            description = "Threads of this JVM instead of child JVMs; a list runs each.")
    List<Integer> threads;

    WorkerKind kind() {
        return threads != null ? WorkerKind.THREADS : WorkerKind.CHILD_JVMS;
    }

    /** The counts to run, each checked: 1 to 4 x the cores (more only queue for them); one per core by default. */
    List<Integer> counts(CommandSpec spec, int cores) {
        String option = threads != null ? "--threads" : "--procs";
        List<Integer> values = threads != null ? threads : procs != null ? procs : List.of(cores);
        int most = 4 * cores;
        for (int n : values) {
            if (n < 1) {
                throw new ParameterException(spec.commandLine(), option + " takes counts of 1 or more, not " + n);
            }
            if (n > most) {
                throw new ParameterException(
                        spec.commandLine(),
                        "%s %d is more than 4 x the %d cores here; more workers only queue for them (at most %d)"
                                .formatted(option, n, cores, most));
            }
        }
        return List.copyOf(values);
    }
}
