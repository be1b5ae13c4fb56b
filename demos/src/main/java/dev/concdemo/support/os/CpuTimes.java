package dev.concdemo.support.os;

import java.lang.management.ManagementFactory;

/**
 * User and system CPU time of this process, as {@code time} reports them. On Linux from
 * {@code /proc/self/stat} (clock ticks of 10 ms); elsewhere the JVM's total CPU time,
 * counted as user time, with system time unknown (0).
 *
 * @param userNanos CPU time spent running this process's own code
 * @param sysNanos CPU time the kernel spent on its behalf
 */
public record CpuTimes(long userNanos, long sysNanos) {
    public static final CpuTimes ZERO = new CpuTimes(0, 0);

    public static CpuTimes ofThisProcess() {
        return ProcStat.self()
                .map(s -> new CpuTimes(s.userNanos(), s.sysNanos()))
                .orElseGet(() -> {
                    var os = ManagementFactory.getOperatingSystemMXBean();
                    long total =
                            os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
                    return new CpuTimes(Math.max(total, 0), 0); // not Linux: the JVM's total, as user time
                });
    }

    public CpuTimes plus(CpuTimes other) {
        return new CpuTimes(userNanos + other.userNanos, sysNanos + other.sysNanos);
    }

    public CpuTimes minus(CpuTimes other) {
        return new CpuTimes(userNanos - other.userNanos, sysNanos - other.sysNanos);
    }
}
