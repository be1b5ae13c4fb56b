package dev.concdemo.support.proc;

import dev.concdemo.support.cli.PythonOption;
import java.nio.file.Path;

/**
 * The python3 the tests of --python run. They need it (Debian package python3, listed in .ci/run
 * and the README): without it they fail, in one line naming it, rather than skip.
 */
public final class Python3 {
    private Python3() {}

    public static Path required() {
        return PythonOption.find(PythonOption.DEFAULT, System.getenv("PATH"))
                .orElseThrow(() -> new AssertionError(
                        "python3 is not on PATH: the tests of --python need it (Debian package python3)"));
    }
}
