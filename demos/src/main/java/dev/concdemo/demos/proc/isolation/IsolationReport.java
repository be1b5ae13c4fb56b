package dev.concdemo.demos.proc.isolation;

import java.util.List;

/**
 * What {@code concdemo isolation} saw; printed as JSON with --json.
 *
 * @param lines what each side said, "pid N: text" or "pid N thread: text", in order
 * @param childSawFirst the child's money before it set it: its own 100, from its own start
 * @param childSet the child's money after {@code money = 666}
 * @param parentAfterChild the parent's money after joining the child: still 100
 * @param parentAfterThread the parent's money after joining the thread that set 666
 */
record IsolationReport(
        long parentPid,
        long childPid,
        long childParent,
        List<String> lines,
        int childSawFirst,
        int childSet,
        int parentAfterChild,
        int parentAfterThread) {}
