package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;
import java.util.Map;

/**
 * What collections_race.py measured in a real CPython, with the Java run's threads, adds and
 * trials; read from the one JSON document it prints, and printed again under {@code python}
 * with --json, under the Java report's names where they mean the same.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process (a free-threaded build can turn it back on)
 * @param switchIntervalMs sys.getswitchinterval(): how long a thread may hold the GIL while another waits
 * @param rows list.append, then d[k] = v, by the threads at once
 * @param claims check-then-act on a shared dict, three ways, and its one-step form
 */
record CPythonReport(
        String version, String build, boolean gilEnabled, double switchIntervalMs, List<Row> rows, Claims claims)
        implements RunByCPython {

    /**
     * @param expected elements the collection should hold at the end of a trial
     * @param got the fewest it held at the end of a trial: {@code expected} if none was lost
     */
    record Row(
            String collection,
            int addsPerThread,
            int expected,
            int got,
            int trialsLost,
            long elementsLost,
            int trialsThrew,
            Map<String, Integer> exceptions,
            long ms) {}

    /**
     * @param keys keys every thread tried to claim, each once
     * @param claimedTwiceCheckThenAct claimed by more than one thread with {@code if k not in d: d[k] = me}
     * @param claimedTwiceCheckCallThenAct the same with a Python-level call between check and store
     * @param keysCheckYieldThenAct fewer keys for the next: each of its claims switches threads
     * @param claimedTwiceCheckYieldThenAct the same with {@code time.sleep(0)} there: it lets go of the GIL
     * @param claimedTwicePutIfAbsent with {@code d.setdefault(k, me) is me}, one call that checks and stores
     */
    record Claims(
            int keys,
            long claimedTwiceCheckThenAct,
            long claimedTwiceCheckCallThenAct,
            int keysCheckYieldThenAct,
            long claimedTwiceCheckYieldThenAct,
            long claimedTwicePutIfAbsent) {}
}
