package dev.concdemo.demos.proc.spawn;

import java.util.List;

/**
 * What {@code concdemo spawn} measured; printed as JSON with --json.
 *
 * @param mainPid this process: every child's parent
 * @param lines what each process said, "pid N: text", in the order it was printed
 * @param childPids the children, in the order they were started
 * @param mainFirst main's 主 was printed before the child's first line (start only asks the OS)
 * @param pidsChild the child of step 3, which printed its own pid and its parent's
 * @param pidsChildParent its parent, as the OS says: {@code mainPid}
 * @param aliveRightAfterTerminate {@code is_alive()} right after {@code terminate()}
 * @param goneAfterMillis how long after {@code terminate()} {@code is_alive()} turned false
 * @param terminatedExitStatus the exit status the terminated child left (143 = 128 + SIGTERM)
 * @param childStartMillis median time from {@code start()} to a child's first line
 * @param threadStartMicros median time from a thread's {@code start()} to its first statement
 */
record SpawnReport(
        long mainPid,
        List<String> lines,
        List<Long> childPids,
        boolean mainFirst,
        long pidsChild,
        long pidsChildParent,
        boolean aliveRightAfterTerminate,
        double goneAfterMillis,
        int terminatedExitStatus,
        double childStartMillis,
        int childStartSamples,
        double threadStartMicros,
        int threadStartSamples) {}
