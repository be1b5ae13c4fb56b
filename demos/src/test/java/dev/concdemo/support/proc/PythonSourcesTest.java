package dev.concdemo.support.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every Python program kept in the repository compiles ({@code python3 -m py_compile}), so a
 * syntax error fails the build rather than a run with --python. A test rather than a build step:
 * the launcher builds without running tests, and only the tests need python3. The bytecode goes
 * under target/, never beside the sources.
 */
class PythonSourcesTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyPythonProgramCompiles() throws Exception {
        List<String> command = new ArrayList<>(List.of(Python3.required().toString(), "-m", "py_compile"));
        List<Path> programs = programs(Path.of("src/main/resources"), Path.of("src/test/resources"));
        assertFalse(programs.stream().noneMatch(p -> p.endsWith("gil.py")), "gil.py among " + programs);
        programs.forEach(p -> command.add(p.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .put(
                        "PYTHONPYCACHEPREFIX",
                        Path.of("target/pycache").toAbsolutePath().toString());
        Process p = builder.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
    }

    private static List<Path> programs(Path... roots) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".py")).sorted().forEach(all::add);
            }
        }
        return all;
    }
}
