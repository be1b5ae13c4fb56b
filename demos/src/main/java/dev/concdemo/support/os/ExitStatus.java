package dev.concdemo.support.os;

/** A process's exit status in words, the way a shell reports it (128 + N: killed by signal N). */
public final class ExitStatus {
    private ExitStatus() {}

    /** "exit status 3", or "killed by signal 9 (exit status 137)". */
    public static String describe(int exit) {
        return exit > 128 ? "killed by signal %d (exit status %d)".formatted(exit - 128, exit) : "exit status " + exit;
    }
}
