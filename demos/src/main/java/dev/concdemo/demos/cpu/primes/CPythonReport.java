package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What primes.py measured in a real CPython, on the Java run's numbers; read from the one JSON
 * document it prints, and printed again under {@code python} with --json.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process (a free-threaded build can turn it back on)
 * @param numbersInJavaRun how many numbers the Java run checked
 * @param numbers how many of them, from the first, CPython checked in each run (fewer when one
 *     worker would have taken longer than {@link CPythonRun#BUDGET})
 * @param cores the processors CPython sees (os.cpu_count())
 * @param runs one worker (a plain loop), then a ThreadPoolExecutor, then a ProcessPoolExecutor
 */
record CPythonReport(
        String version, String build, boolean gilEnabled, int numbersInJavaRun, int numbers, int cores, List<Run> runs)
        implements RunByCPython {

    /**
     * One run, under the Java run's names.
     *
     * @param kind "one" (a plain loop), "threads" or "procs"
     * @param cpuMs userMs + sysMs, this process and its children (os.times())
     * @param coresUsed cpuMs / realMs: how many cores worked on average (the JVM's counts user time only)
     * @param speedup the one worker's realMs / this run's
     */
    record Run(
            String kind,
            int workers,
            long realMs,
            long userMs,
            long sysMs,
            long cpuMs,
            double coresUsed,
            double speedup,
            int primes) {}

    Run one() {
        return runs.get(0);
    }

    Run threads() {
        return runs.get(1);
    }

    Run procs() {
        return runs.get(2);
    }

    boolean capped() {
        return numbers < numbersInJavaRun;
    }
}
