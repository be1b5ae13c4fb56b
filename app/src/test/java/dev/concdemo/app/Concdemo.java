package dev.concdemo.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ./concdemo run as a user runs it, from the checkout's root, against the jar this build
 * packaged (so it does not rebuild); its output kept for a failure's message.
 */
final class Concdemo {
    static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();

    record Result(List<String> args, int code, String out, String err) {
        String describe() {
            return "./concdemo " + String.join(" ", args) + " exited " + code + "\n" + out + err;
        }
    }

    private Concdemo() {}

    static Result run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("concdemo").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("COLUMNS");
        Path stdout = Files.createTempFile("concdemo-html", ".out");
        Path stderr = Files.createTempFile("concdemo-html", ".err");
        try {
            Process process = builder.redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("./concdemo " + String.join(" ", args) + " did not end within 90 s");
            }
            return new Result(
                    args,
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
