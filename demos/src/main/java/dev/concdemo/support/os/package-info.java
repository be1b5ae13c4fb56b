/**
 * The operating system, reached where the JDK does not: the C library through FFM
 * ({@code Libc}, the one symbol lookup), prctl and waitpid ({@code Subreaper}, reaping at the
 * run's end), signals, CPU affinity and nice, the descriptor limit, {@code /proc}
 * ({@code ProcStat}, {@code CpuTimes}), and a child's watch on its parent. Knows nothing of
 * child JVMs' messages ({@code jvm}) or Python-style processes ({@code proc}).
 */
package dev.concdemo.support.os;
