package dev.concdemo.demos.proc.daemon;

import java.util.List;

/**
 * What {@code concdemo daemon} saw; printed as JSON with --json.
 *
 * @param mainPid the child JVM playing the seed's main program
 * @param daemonPid its daemon child
 * @param workerPid its non-daemon child
 * @param lines what each process said, "pid N: text", in order
 * @param daemonSaidOver whether the daemon ever printed "is over" (it must not)
 * @param workerSaidOver whether the non-daemon printed "is over" (it must)
 * @param mainEndedAfterWorkerMillis main's exit, after the non-daemon's "is over" (it waited), ms
 * @param daemonAfterStart what setting daemon after start said
 * @param killedMainPid the main killed with SIGKILL in step 3
 * @param orphanedDaemonPid its daemon child
 * @param daemonGoneAfterKillMillis how long after the SIGKILL the daemon had ended
 */
record DaemonReport(
        long mainPid,
        long daemonPid,
        long workerPid,
        List<String> lines,
        boolean daemonSaidOver,
        boolean workerSaidOver,
        double mainEndedAfterWorkerMillis,
        String daemonAfterStart,
        long killedMainPid,
        long orphanedDaemonPid,
        double daemonGoneAfterKillMillis) {}
