package dev.concdemo.support.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Linux says of one process, read from {@code /proc/PID/stat} and {@code /proc/PID/schedstat}
 * in one place: the one reader the scenarios share.
 *
 * @param state one letter: R running, S sleeping, D waiting for IO, T stopped, Z zombie
 * @param ppid its parent's pid (a zombie's too, which {@link ProcessHandle} no longer shows)
 * @param nice its niceness, -20 (favoured) to 19
 * @param threads how many threads it has
 * @param userNanos CPU time running its own code
 * @param sysNanos CPU time the kernel spent on its behalf
 * @param rssKb resident memory: pages in RAM, in KiB
 * @param runNanos time on a CPU, as the scheduler counts it (schedstat; 0 if the kernel keeps none)
 * @param waitNanos time runnable but waiting for a CPU (schedstat; 0 if the kernel keeps none)
 */
public record ProcStat(
        char state,
        long ppid,
        int nice,
        int threads,
        long userNanos,
        long sysNanos,
        long rssKb,
        long runNanos,
        long waitNanos) {
    /** USER_HZ: the unit of /proc's CPU times; 100 on every mainstream Linux. */
    private static final long TICK_NANOS = 10_000_000;
    /** The page size the kernel counts RSS in; 4 KiB on the machines we run on. */
    private static final long PAGE_KB = 4;

    /**
     * Resident memory of a process and all its descendants, in KB (0 where there is none): what
     * a server costs when its connections live in child processes.
     */
    public static long rssKbWithDescendants(long pid) {
        return of(pid).map(ProcStat::rssKb).orElse(0L)
                + ProcessHandle.of(pid).stream()
                        .flatMap(ProcessHandle::descendants)
                        .mapToLong(p -> of(p.pid()).map(ProcStat::rssKb).orElse(0L))
                        .sum();
    }

    /** This process's open-files limit (ulimit -n; children inherit it), 1024 where unknown. */
    public static long openFilesLimit() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount()
                : 1024;
    }

    /** This process. */
    public static Optional<ProcStat> self() {
        return of(ProcessHandle.current().pid());
    }

    /** Process {@code pid}; empty if it does not exist (any more) or this is not Linux. */
    public static Optional<ProcStat> of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name may hold spaces and parentheses: fields resume after the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
            long run = 0;
            long wait = 0;
            try {
                String[] s = Files.readString(Path.of("/proc/" + pid + "/schedstat"))
                        .strip()
                        .split(" ");
                run = Long.parseLong(s[0]);
                wait = Long.parseLong(s[1]);
            } catch (NoSuchFileException noSchedstat) {
                // a kernel without CONFIG_SCHEDSTATS
            }
            return Optional.of(new ProcStat(
                    f[0].charAt(0),
                    Long.parseLong(f[1]),
                    Integer.parseInt(f[16]),
                    Integer.parseInt(f[17]),
                    Long.parseLong(f[11]) * TICK_NANOS,
                    Long.parseLong(f[12]) * TICK_NANOS,
                    Long.parseLong(f[21]) * PAGE_KB,
                    run,
                    wait));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
