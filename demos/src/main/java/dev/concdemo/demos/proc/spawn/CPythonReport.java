package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.proc.RunByCPython;

/**
 * What spawn.py measured in a real CPython, under the Java report's names where they mean the
 * same; read from the one JSON document it prints, and printed again under {@code python} with --json.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process
 * @param mainPid the interpreter: the children's parent
 * @param mainFirst the parent went on past start() before the child's first statement ran
 * @param childAfterMainMillis the child's first statement, after the parent's line, ms (negative: before)
 * @param pidsChild the child's os.getpid()
 * @param pidsChildParent the child's os.getppid(): {@code mainPid}
 * @param pidSeenByParent p.pid in the parent: {@code pidsChild}
 * @param joinedExitcode p.exitcode after join(): 0, it returned
 * @param aliveRightAfterTerminate {@code is_alive()} right after {@code terminate()}
 * @param goneAfterMillis how long after {@code terminate()} {@code is_alive()} turned False
 * @param exitcode p.exitcode of the terminated child: minus the signal that ended it (-15, SIGTERM)
 * @param startMethod how multiprocessing starts a child here: fork, spawn or forkserver
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        long mainPid,
        boolean mainFirst,
        double childAfterMainMillis,
        long pidsChild,
        long pidsChildParent,
        long pidSeenByParent,
        int joinedExitcode,
        boolean aliveRightAfterTerminate,
        double goneAfterMillis,
        int exitcode,
        String startMethod)
        implements RunByCPython {}
