package dev.concdemo.demos.cpu.primes;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo primes} measured; printed as JSON with --json.
 *
 * @param kind "procs" (child JVMs) or "threads" (threads of one JVM)
 * @param numbers how many numbers each run tested (the list times repeat)
 * @param repeat how many times the list was repeated (the seed: 5)
 * @param results each distinct number and whether it is prime
 * @param cores the processors this JVM sees
 * @param runs one entry per worker count, in the order given
 */
record PrimesReport(String kind, int numbers, int repeat, Map<Long, Boolean> results, int cores, List<Run> runs) {

    /**
     * One run.
     *
     * @param workers how many workers tested the numbers
     * @param pids the child JVMs' process ids (empty for threads)
     * @param startupMs each child JVM's start-up, from the run's start until it was ready, as the timeline's {@code ·}
     *     cells show it (the children start work together, once all are)
     * @param testedPerWorker how many numbers each worker tested
     * @param realMs wall time of the whole run, starting and ending the children included
     * @param userMs CPU time in user mode, of this JVM and all its children
     * @param sysMs CPU time in the kernel, likewise
     * @param coresUsed userMs / realMs: how many cores were kept busy on average
     * @param speedup realMs of the first run / realMs of this one
     */
    record Run(
            int workers,
            List<Long> pids,
            List<Long> startupMs,
            List<Integer> testedPerWorker,
            long realMs,
            long userMs,
            long sysMs,
            double coresUsed,
            double speedup,
            int primes) {}
}
