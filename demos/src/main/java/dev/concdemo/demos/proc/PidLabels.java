package dev.concdemo.demos.proc;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The labels of the processes chapter's lines: a process's lines carry {@code pid N}
 * ({@code Narrator.processEvent}, {@code Narrator.ownLabel}). A pid is below the kernel's
 * {@code pid_max}, so the widest label is that of {@code pid_max - 1}: a narrator as wide as
 * it lines up every process's lines, whatever pids this run gets.
 */
public final class PidLabels {
    /** The most pid_max can be on 64-bit Linux (the kernel's PID_MAX_LIMIT, 2^22): used where it cannot be read. */
    static final long PID_MAX_LIMIT = 4_194_304;

    private static final long PID_MAX = readPidMax();

    private PidLabels() {}

    /** "pid N" for the widest pid this machine hands out. */
    public static String widest() {
        return "pid " + (PID_MAX - 1);
    }

    /** The same followed by {@code suffix} (" Thread-1"), for a thread's lines within a process. */
    public static String widest(String suffix) {
        return widest() + suffix;
    }

    private static long readPidMax() {
        try {
            // By lines: readString trusts the size /proc reports (0), reads one byte, and the
            // kernel's next read, at offset 1, is the end: "3" for 32768.
            return Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max"))
                    .getFirst()
                    .strip());
        } catch (IOException | NumberFormatException e) {
            Swallowed.report("reading /proc/sys/kernel/pid_max", e);
            return PID_MAX_LIMIT;
        }
    }
}
