package dev.concdemo.demos.cpu.cpuvsio;

import java.util.List;

/**
 * Where a process pays for its start. A child JVM must start (a JVM, its classes) before it
 * computes anything, and a thread needs none of that; so on CPU-bound work, child JVMs beat one
 * thread only once the work they take off it outlasts their start. With c children on c cores,
 * one thread takes L for a load and the children L / c plus their start s, so they win once L
 * exceeds s × c / (c − 1): on 2 cores, once each child's share outlasts the start. Computed from
 * two things the run measured: the children's start and one warm thread's time per task.
 */
final class Crossover {
    private Crossover() {}

    /** One load timed on one thread and on the child JVMs. */
    record Measured(int tasks, int fibN, long oneThreadNanos, long childJvmsNanos) {}

    /** Threads, one per core, that reach this share of the cores had the cores to themselves. */
    static final double FREE = 0.75;

    /**
     * @param children child JVMs, one per core
     * @param childStartNanos from asking for the children until the last was ready (the run's load)
     * @param perCoreSpeedup the threads' speedup, one per core, on the run's CPU-bound load
     * @param small a load below the run's, where start-up may dominate
     * @param load the run's CPU-bound load; its one-thread time gives the work rate
     */
    static CpuVsIoReport.Payoff of(
            int children, long childStartNanos, double perCoreSpeedup, Measured small, Measured load) {
        double perTask = (double) load.oneThreadNanos() / load.tasks();
        long crossover = children < 2 ? -1 : childStartNanos * children / (children - 1);
        int crossoverTasks = crossover < 0 ? -1 : (int) Math.ceil(crossover / perTask);
        boolean coresFree = perCoreSpeedup >= FREE * Math.min(children, load.tasks());
        return new CpuVsIoReport.Payoff(
                children,
                childStartNanos / 1_000_000,
                Math.round(perTask / 10_000) / 100.0,
                crossover < 0 ? -1 : crossover / 1_000_000,
                crossoverTasks,
                coresFree,
                List.of(caseOf(small, crossover), caseOf(load, crossover)));
    }

    private static CpuVsIoReport.Case caseOf(Measured m, long crossover) {
        return new CpuVsIoReport.Case(
                m.tasks(),
                m.fibN(),
                m.oneThreadNanos() / 1_000_000,
                m.childJvmsNanos() / 1_000_000,
                Math.round(100.0 * m.oneThreadNanos() / m.childJvmsNanos()) / 100.0,
                crossover >= 0 && m.oneThreadNanos() > crossover);
    }
}
