package dev.concdemo.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal, without {@code System.console()}: on JDK 22+ that
 * initialises a full console implementation, a cost every start-up would pay. On Linux the
 * file descriptor's link names its device; a terminal is a {@code /dev/pts/N} or {@code /dev/ttyN}.
 */
final class Terminals {
    private Terminals() {}

    /** Whether file descriptor {@code fd} (0 stdin, 1 stdout) is a terminal. */
    static boolean isTerminal(int fd) {
        try {
            String device =
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            java.io.Console console = System.console();
            return console != null && console.isTerminal();
        }
    }
}
