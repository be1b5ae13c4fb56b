package dev.concdemo.demos.cpu.cpuvsio;

import java.util.List;

/**
 * What {@code concdemo cpu-vs-io} measured; printed as JSON with --json.
 *
 * @param cpuTasks how many CPU-bound tasks, each computing fib({@code fibN})
 * @param ioTasks how many IO-bound tasks, each waiting {@code ioWaitMs}
 * @param rows one per kind of worker, in the order run
 * @param payoff where child JVMs pay for their start on the CPU-bound load
 */
record CpuVsIoReport(int cores, int cpuTasks, int fibN, int ioTasks, double ioWaitMs, List<Row> rows, Payoff payoff) {
    /** @param cpuSpeedup, ioSpeedup time of the first row (1 thread) / this row's */
    record Row(String workers, long cpuMs, double cpuSpeedup, long ioMs, double ioSpeedup) {}

    /**
     * The crossover: how much work a child JVM must be given before it pays for its start.
     * Against one thread, {@code children} children on as many cores do a load's work in
     * 1/children of the time, plus their start; so they win once the load outlasts
     * {@code childStartMs × children / (children − 1)} on one thread (a little more in truth:
     * each child's JIT starts cold).
     *
     * @param children child JVMs, one per core
     * @param childStartMs from asking for the children until the last was ready to work (the run's load)
     * @param perTaskMs one task of fib({@code fibN}) on one warm thread (the work rate)
     * @param crossoverMs the load, in one thread's time, above which the children win; -1 on one core
     * @param crossoverTasks that load in tasks of fib({@code fibN}), rounded up; -1 on one core
     * @param coresFree whether the threads, one per core, sped the CPU-bound load up by at least
     *     3/4 of the cores: if not, other processes held cores during the run
     * @param cases the children against one thread on a small load and on the run's load
     */
    record Payoff(
            int children,
            long childStartMs,
            double perTaskMs,
            long crossoverMs,
            int crossoverTasks,
            boolean coresFree,
            List<Case> cases) {
        /** Whether children can win at all: a second core to use. */
        boolean possible() {
            return crossoverTasks >= 0;
        }
    }

    /**
     * One load on one thread and on the child JVMs.
     *
     * @param fibN each task computes fib(fibN)
     * @param aboveCrossover whether {@code oneThreadMs} exceeds the crossover: the estimate says
     *     the children win
     * @param speedup oneThreadMs / childJvmsMs: above 1, the children paid for their start
     */
    record Case(int tasks, int fibN, long oneThreadMs, long childJvmsMs, double speedup, boolean aboveCrossover) {}
}
