package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What cpu_vs_io.py measured in a real CPython, with the Java run's loads (the CPU-bound one
 * smaller); read from the one JSON document it prints, and printed again under {@code python}
 * with --json.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process (a free-threaded build can turn it back on)
 * @param fibN each CPU-bound task computed fib(fibN): the largest n, at most the Java run's, at
 *     which one thread does the CPU-bound load within {@link CPythonRun#BUDGET}
 * @param fibNInJavaRun the Java run's n
 * @param rows 1 thread, threads one per core, processes one per core, a thread per task
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        int fibN,
        int fibNInJavaRun,
        int cpuTasks,
        int ioTasks,
        double ioWaitMs,
        List<Row> rows)
        implements RunByCPython {

    /**
     * One kind of worker, under the Java row's names.
     *
     * @param kind "threads" or "processes" (a ThreadPoolExecutor or a ProcessPoolExecutor)
     * @param size how many
     * @param why "core" (one per core), "task" (one per task), or "" for the one thread
     * @param cpuSpeedup, ioSpeedup time of the first row (1 thread) / this row's
     */
    record Row(String kind, int size, String why, long cpuMs, double cpuSpeedup, long ioMs, double ioSpeedup) {}

    Row one() {
        return rows.get(0);
    }

    Row threads() {
        return rows.get(1);
    }

    Row processes() {
        return rows.get(2);
    }

    Row perTask() {
        return rows.get(3);
    }
}
