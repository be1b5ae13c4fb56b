package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What daemon.py measured in a real CPython, under the Java report's names where they mean the
 * same; read from the one JSON document it prints, then completed by concdemo's clean-up of the
 * surviving daemon. Printed under {@code python} with --json.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process
 * @param mainPid the parent that ended normally
 * @param daemonPid its daemon child
 * @param workerPid its non-daemon child
 * @param lines what the parent and its children said, "pid N: text", in order
 * @param daemonSaidOver whether the daemon ever printed "is over"
 * @param workerSaidOver whether the non-daemon printed "is over"
 * @param mainEndedAfterWorkerMillis the parent's exit, after the non-daemon's "is over", ms
 * @param daemonAliveAfterMain whether the daemon was still alive once its parent had ended
 * @param killedMainPid the parent killed with SIGKILL
 * @param orphanedDaemonPid its daemon child
 * @param daemonAliveAfterKill whether that daemon was alive after its parent was gone (reaped)
 * @param daemonNewParentPid its parent then: init, or the nearest subreaper (this JVM, often)
 * @param orphanedAfterKillMillis when the daemon saw its new parent, after the kill, ms
 * @param killedLines what the killed parent and its daemon said
 * @param aliveSeenByConcdemo whether concdemo found the survivor alive (ProcessHandle) before killing it
 * @param killedByConcdemo whether concdemo killed it (it would else have run on)
 * @param goneAfterConcdemoKillMillis how long after concdemo's SIGKILL it had ended, ms
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        long mainPid,
        long daemonPid,
        long workerPid,
        List<String> lines,
        boolean daemonSaidOver,
        boolean workerSaidOver,
        double mainEndedAfterWorkerMillis,
        boolean daemonAliveAfterMain,
        long killedMainPid,
        long orphanedDaemonPid,
        boolean daemonAliveAfterKill,
        long daemonNewParentPid,
        double orphanedAfterKillMillis,
        List<String> killedLines,
        boolean aliveSeenByConcdemo,
        boolean killedByConcdemo,
        double goneAfterConcdemoKillMillis)
        implements RunByCPython {

    /** This report with what concdemo did to the surviving daemon. */
    CPythonReport cleanedUp(boolean aliveSeen, boolean killed, double goneAfterMillis) {
        return new CPythonReport(
                version,
                build,
                gilEnabled,
                mainPid,
                daemonPid,
                workerPid,
                lines,
                daemonSaidOver,
                workerSaidOver,
                mainEndedAfterWorkerMillis,
                daemonAliveAfterMain,
                killedMainPid,
                orphanedDaemonPid,
                daemonAliveAfterKill,
                daemonNewParentPid,
                orphanedAfterKillMillis,
                killedLines,
                aliveSeen,
                killed,
                goneAfterMillis);
    }
}
