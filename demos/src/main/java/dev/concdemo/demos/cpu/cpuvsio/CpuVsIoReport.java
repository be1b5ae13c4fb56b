package dev.concdemo.demos.cpu.cpuvsio;

import java.util.List;

/**
 * What {@code concdemo cpu-vs-io} measured; printed as JSON with --json.
 *
 * @param cpuTasks how many CPU-bound tasks, each computing fib({@code fibN})
 * @param ioTasks how many IO-bound tasks, each waiting {@code ioWaitMs}
 * @param rows one per kind of worker, in the order run
 */
record CpuVsIoReport(String scenario, int cores, int cpuTasks, int fibN, int ioTasks, double ioWaitMs, List<Row> rows) {
    /** @param cpuSpeedup, ioSpeedup time of the first row (1 thread) / this row's */
    record Row(String workers, long cpuMs, double cpuSpeedup, long ioMs, double ioSpeedup) {}
}
