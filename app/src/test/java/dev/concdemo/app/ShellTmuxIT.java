package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code concdemo shell} in a real terminal, as a person uses it: src/test/shell/shell-in-tmux.sh
 * drives it in tmux against the jar this build packaged (completion, history across two shells,
 * Ctrl-C during deadlock, a usage error, exit). Needs tmux, which the machine image has.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ShellTmuxIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();

    @Test
    void theShellWorksInARealTerminal() throws Exception {
        Path log = Files.createTempFile("shell-in-tmux", ".log");
        try {
            Process p = new ProcessBuilder(
                            "bash",
                            ROOT.resolve("app/src/test/shell/shell-in-tmux.sh").toString(),
                            ROOT.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(200, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
