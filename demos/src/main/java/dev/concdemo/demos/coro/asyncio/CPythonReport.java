package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What asyncio_tour.py measured under CPython's own asyncio, with the Java run's (time-scaled)
 * sleeps: steps 1-6, 8, 10, 11 and 14 of the tour. Read from the one JSON document it prints,
 * and printed again under {@code python} with --json; a field means what the Java report's field
 * of the same name means (see {@link AsyncioReport}).
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process
 * @param sequentialOrder step 1's events in the order they happened: "sleep 1" when a sleep
 *     began, "hello" when it ended
 * @param tasksOrder the same for step 2: both sleeps begin before either ends
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        long sequentialMs,
        List<String> sequentialOrder,
        long tasksMs,
        List<String> tasksOrder,
        int nestedAwaited,
        int nestedTask,
        List<String> neverAwaited,
        long helloMs,
        List<String> factorialLines,
        List<String> gatherResults,
        long gatherMs,
        String gatherRaised,
        long gatherRaisedAtMs,
        boolean othersRanOn,
        List<String> returnExceptions,
        String asyncioRunRefused,
        long waitForMs,
        boolean cancelledInside,
        long shieldTimedOutMs,
        String shieldedResult,
        long shieldedMs,
        LostUpdate.Result lostUpdate)
        implements RunByCPython {}
