package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./concdemo as a user runs it, against the jar this build just packaged (so it does not
 * rebuild): finds a JDK 25, passes arguments and exit codes through, works via a symlink.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("concdemo");

    record Result(int code, String out, String err, long millis) {}

    private static Result run(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("COLUMNS"); // the width of the terminal the tests were started in
        builder.environment().putAll(env);
        Path stdout = Files.createTempFile("concdemo-it", ".out");
        Path stderr = Files.createTempFile("concdemo-it", ".err");
        try {
            long start = System.nanoTime();
            Process process = builder.redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./concdemo " + String.join(" ", args) + " did not end within 60 s");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Result(
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8),
                    millis);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, Map.of(), args);
    }

    @Test
    void versionAndListRunWithoutRebuilding() throws Exception {
        Result version = run("--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("concdemo "), version.out());
        assertTrue(version.err().isEmpty(), "no build message, no JVM warning: " + version.err());

        Result list = run("list");
        assertEquals(0, list.code());
        assertEquals(Catalogue.render(), list.out());
    }

    /**
     * The AOT cache is what makes start-up fast, and one flag on the launcher's command line
     * that the training run did not have (--enable-native-access, an --add-exports) silently
     * turns it off. With class loading logged, our classes must come from the cache.
     */
    @Test
    void theAotCacheIsInUse() throws Exception {
        Result version = run(LAUNCHER, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:stdout"), "--version");
        assertEquals(0, version.code(), version.err());
        List<String> ours = version.out()
                .lines()
                .filter(l -> l.contains(" dev.concdemo.app.Main "))
                .toList();
        assertEquals(1, ours.size(), version.out().lines().limit(5).toList().toString());
        assertTrue(ours.getFirst().contains("source: shared objects file"), "from the AOT cache: " + ours.getFirst());
    }

    /**
     * The catalogue and help pages start with a cache of their own, without picocli's model:
     * the JVM loads every class of its cache at start-up, and the command line's holds that
     * model. Counted in a class-loading log: classes from the cache, and picocli's classes.
     */
    @Test
    void pagesStartWithTheirOwnSmallerCache() throws Exception {
        Map<String, String> logged = Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:stdout");
        Result commandLine = run(LAUNCHER, logged, "--version");
        for (String[] page : List.of(new String[] {"list"}, new String[] {"deadlock", "--help"})) {
            Result result = run(LAUNCHER, logged, page);
            String what = String.join(" ", page) + ": ";
            assertEquals(0, result.code(), result.err());
            assertTrue(
                    result.out()
                            .lines()
                            .anyMatch(l -> l.contains(" dev.concdemo.app.Main source: shared objects file")),
                    what + "Main from the pages' cache");
            assertTrue(
                    count(result, "source: shared objects file") < count(commandLine, "source: shared objects file"),
                    what + "fewer classes cached");
            assertTrue(
                    5 * count(result, "] picocli.") < count(commandLine, "] picocli."),
                    what + count(result, "] picocli.") + " of picocli's classes vs "
                            + count(commandLine, "] picocli."));
        }
    }

    private static long count(Result result, String text) {
        return result.out().lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void usageErrorsAndTheirExitCodePassThrough() throws Exception {
        Result result = run("deadlock", "--threads", "1");
        assertEquals(2, result.code());
        assertEquals(2, result.err().lines().count(), result.err());
        assertTrue(result.out().isEmpty());
    }

    /**
     * On a terminal narrower than 100 columns the launcher asks its width (stty) and every
     * line fits it: here a usage error 150 columns long, in a pseudo-terminal 70 wide
     * ({@code script}, util-linux). Piped, the same error keeps to 100.
     */
    @Test
    void onANarrowTerminalTheLinesFitItsWidth() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "script", "-qec", "stty cols 70 rows 40; ./concdemo serve --model nosuch", "/dev/null")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("COLUMNS");
        Process process;
        try {
            process = builder.start();
        } catch (IOException noScript) {
            throw new AssertionError("this test needs script (Debian package util-linux)", noScript);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), out);
        assertTrue(out.contains("--model must be one of"), out);
        out.lines().map(l -> l.replace("\r", "")).forEach(l -> assertTrue(l.length() <= 70, "fits 70: " + l));
        Result piped = run("serve", "--model", "nosuch");
        assertTrue(piped.err().lines().anyMatch(l -> l.length() > 70), "piped, 100 columns: " + piped.err());
    }

    @Test
    void theDeadlockScenarioEndsByItselfWithTheCycle() throws Exception {
        Result result = run("deadlock", "--time-scale", "0.1", "--no-color");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("DEADLOCK"), result.out());
        assertTrue(result.out().contains("──waits for A──▶"), result.out());
        assertTrue(result.millis() < 10_000, "took " + result.millis() + " ms");
    }

    @Test
    void itWorksThroughASymlinkFromAnotherDirectory(@TempDir Path bin) throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("concdemo"), LAUNCHER);
        try {
            Result result = run(link, Map.of(), "--version");
            assertEquals(0, result.code(), result.err());
            assertTrue(result.out().startsWith("concdemo "));
        } finally {
            Files.delete(link); // ours to remove: JUnit warns about a link that leaves its temp dir
        }
    }

    @Test
    void aJavaHomeThatIsNotAJdk25IsPassedOver() throws Exception {
        for (String javaHome : List.of("/nonexistent", "/usr/lib/jvm/java-17-openjdk-amd64")) {
            Result result = run(LAUNCHER, Map.of("JAVA_HOME", javaHome), "--version");
            assertEquals(0, result.code(), javaHome + ": " + result.err());
            assertTrue(result.out().contains("Java 2"), result.out());
        }
    }
}
