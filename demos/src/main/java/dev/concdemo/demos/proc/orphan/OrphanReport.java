package dev.concdemo.demos.proc.orphan;

import java.util.List;

/**
 * What {@code concdemo orphan} saw; printed as JSON with --json.
 *
 * @param us this process (concdemo)
 * @param init pid 1's command name on this machine
 * @param cases without a subreaper, then with one
 */
record OrphanReport(long us, String init, List<Case> cases) {
    /**
     * One orphaning.
     *
     * @param subreaper whether concdemo was its descendants' subreaper
     * @param parentPid the child JVM that exited first
     * @param orphanPid its child, orphaned
     * @param parentBefore the orphan's parent before (from /proc): {@code parentPid}
     * @param parentAfter its parent after: pid 1 or the nearest subreaper (us, with one)
     * @param parentAfterName that process's command name
     * @param orphanSaw the new parent the orphan itself reported (-1 if it did not say in time)
     * @param reparentedMillis how long after its parent's exit /proc showed the new parent
     * @param reapedBy who collected its exit status after we killed it: us (waitpid) or its new parent
     * @param gone /proc had no entry for it at the end
     */
    record Case(
            boolean subreaper,
            long parentPid,
            long orphanPid,
            long parentBefore,
            long parentAfter,
            String parentAfterName,
            long orphanSaw,
            double reparentedMillis,
            long reapedBy,
            boolean gone) {}
}
