package dev.concdemo.demos.sync.deadlock;

import java.util.List;

/**
 * What one run of {@code concdemo deadlock} measured; printed as JSON with --json.
 *
 * @param fix the variant that ran (none, rlock, order, trylock)
 * @param deadlocked whether a deadlock (a wait-for cycle with no timeout) formed
 * @param cycle the threads of that cycle: what each holds, waits for, and who holds that
 * @param formedAfterMs when the cycle closed, on the clock of the timestamped lines (+s.mmm)
 * @param detectedAfterMs how long after it closed the watchdog found it
 * @param victim the thread interrupted to break it
 * @param deadlocks how many deadlocks formed and were broken (the first is the one above)
 * @param finished threads that ran func1 and func2 to the end
 * @param victims threads interrupted to break a deadlock
 * @param cancelled threads cancelled while queued behind the cycle
 * @param backOffs times a thread released its first lock and backed off (trylock)
 * @param transientCycles wait-for cycles of timed waits that dissolved by themselves (trylock)
 * @param lowerBoundMs with a fix, the least the run can take: threads x sleep, one after another (null without)
 * @param elapsedMs wall time of the whole run, on the same clock
 * @param timedOut whether the run overran its deadline and was cancelled (exit code 1)
 */
record DeadlockReport(
        String fix,
        int threads,
        double timeScale,
        long seed,
        boolean deadlocked,
        List<WaitForCycle.Edge> cycle,
        Long formedAfterMs,
        Long detectedAfterMs,
        String victim,
        int deadlocks,
        int finished,
        int victims,
        int cancelled,
        int backOffs,
        int transientCycles,
        Long lowerBoundMs,
        long elapsedMs,
        boolean timedOut) {}
