package dev.concdemo.support.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --python} and {@code --python-exe PATH}, for the scenarios that also run their
 * experiment in a real CPython and print its results beside the JVM's. The interpreter is
 * {@code python3} found on PATH, or the one given ({@code --python-exe} implies {@code --python}).
 */
public final class PythonOption implements CodedOption {
    /** What is looked for on PATH without --python-exe. */
    public static final String DEFAULT = "python3";

    private boolean wanted; // set while parsing, read by the run
    private String exe = DEFAULT;

    @Override
    public OptionSpec spec(CommandSpec command) {
        return OptionSpec.builder("--python")
                .arity("0")
                .type(boolean.class)
                .hasInitialValue(false)
                .description(
                        "Also run the experiment in a real CPython (python3 on PATH) and print its results beside.")
                .setter(setter(value -> wanted = true))
                .build();
    }

    @Override
    public List<OptionSpec> specs(CommandSpec command) {
        return List.of(
                spec(command),
                OptionSpec.builder("--python-exe")
                        .paramLabel("PATH")
                        .type(String.class)
                        .hasInitialValue(false)
                        .description(
                                "The Python interpreter for --python (default: python3 on PATH); implies --python.")
                        .setter(setter(value -> {
                            wanted = true;
                            exe = (String) value;
                        }))
                        .build());
    }

    private static ISetter setter(java.util.function.Consumer<Object> set) {
        return new ISetter() {
            @Override
            public <T> T set(T value) {
                set.accept(value);
                return null;
            }
        };
    }

    /** Whether --python or --python-exe was given. */
    public boolean wanted() {
        return wanted;
    }

    /** What was asked for: "python3", or the path given to --python-exe. */
    public String asked() {
        return exe;
    }

    /**
     * The interpreter to run: the file given to --python-exe, or python3 on PATH. Without one
     * the run ends in one line saying what was looked for (a {@link ScenarioFailure}, exit 1).
     */
    public Path interpreter() {
        return find(exe, System.getenv("PATH"))
                .orElseThrow(() -> new ScenarioFailure(
                        exe.contains(File.separator)
                                ? "--python: no Python interpreter at " + exe + " (not an executable file)"
                                : "--python: no Python interpreter: " + exe + " is not on PATH"
                                        + " (install it, or give one with --python-exe PATH)"));
    }

    /** {@code exe} itself if it names a file (it has a slash), else the first {@code exe} on {@code path}. */
    public static Optional<Path> find(String exe, String path) {
        if (exe.contains(File.separator)) {
            Path file = Path.of(exe);
            return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path file = Path.of(dir.isEmpty() ? "." : dir, exe);
            if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
