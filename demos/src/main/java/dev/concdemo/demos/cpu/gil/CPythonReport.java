package dev.concdemo.demos.cpu.gil;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What gil.py measured in a real CPython, with the Java run's numbers; read from the one JSON
 * document it prints, and printed again under {@code python} with --json.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process (a free-threaded build can turn it back on)
 * @param switchIntervalMs sys.getswitchinterval(): how long a thread may hold the GIL while another waits
 * @param cpu fib(n) on each thread count, then on as many processes as the largest count (at least 2)
 * @param ioAlone the IO thread alone: 1 ms sleeps, and how much later than 1 ms it got back in
 * @param io the same behind a CPU-bound thread
 * @param race {@code n += 1} by 2 threads
 * @param raceWithCall {@code n = add_one(n)}: a Python-level call between reading n and storing it
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        double switchIntervalMs,
        int fibN,
        List<Cpu> cpu,
        Io ioAlone,
        Io io,
        Race race,
        Race raceWithCall)
        implements RunByCPython {

    /** One of {@code threads} or {@code processes} is set: the workers that each computed fib(n). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cpu(Integer threads, Integer processes, double seconds, double speedup) {
        int workers() {
            return threads != null ? threads : processes;
        }
    }

    /** @param p50Ms, p99Ms how much later than the 1 ms of IO the thread got back in, in ms */
    record Io(int ops, double opsPerSecond, double p50Ms, double p99Ms) {}

    /** @param expected threads x increments: n's final value if no update is lost */
    record Race(int threads, int increments, long expected, long lost) {}
}
