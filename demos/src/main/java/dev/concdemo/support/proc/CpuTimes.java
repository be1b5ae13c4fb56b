package dev.concdemo.support.proc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * User and system CPU time of this process, as {@code time} reports them. On Linux from
 * {@code /proc/self/stat} (clock ticks of 10 ms); elsewhere the JVM's total CPU time,
 * counted as user time, with system time unknown (0).
 *
 * @param userNanos CPU time spent running this process's own code
 * @param sysNanos CPU time the kernel spent on its behalf
 */
public record CpuTimes(long userNanos, long sysNanos) {
    /** USER_HZ: the unit of /proc's CPU times; 100 on every mainstream Linux. */
    private static final long TICK_NANOS = 10_000_000;

    public static final CpuTimes ZERO = new CpuTimes(0, 0);

    public static CpuTimes ofThisProcess() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may contain spaces) start at ") ";
            // utime and stime are fields 14 and 15 of the line, 12 and 13 after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new CpuTimes(Long.parseLong(fields[11]) * TICK_NANOS, Long.parseLong(fields[12]) * TICK_NANOS);
        } catch (IOException | RuntimeException notLinux) {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long total = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
            return new CpuTimes(Math.max(total, 0), 0);
        }
    }

    public CpuTimes plus(CpuTimes other) {
        return new CpuTimes(userNanos + other.userNanos, sysNanos + other.sysNanos);
    }

    public CpuTimes minus(CpuTimes other) {
        return new CpuTimes(userNanos - other.userNanos, sysNanos - other.sysNanos);
    }
}
