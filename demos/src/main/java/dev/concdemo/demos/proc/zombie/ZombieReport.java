package dev.concdemo.demos.proc.zombie;

/**
 * What {@code concdemo zombie} saw; printed as JSON with --json. Null when this is not Linux.
 *
 * @param zombiePid the child shown as a zombie: exited, not yet reaped
 * @param stateWhileRunning its /proc state before it ended (S or R)
 * @param stateAfterExit its /proc state after it ended, before we reaped it: Z
 * @param parentWhileZombie its parent as /proc says while it is a zombie: us
 * @param jdkSaysAlive what {@code ProcessHandle.isAlive()} said of the zombie
 * @param exitStatusReaped the exit status {@code waitpid} collected (the child exits 7)
 * @param goneAfterReap /proc had no entry for it after the reap
 * @param children how many children the careless parent started and never reaped
 * @param peakZombiesUnreaped the most zombies of ours at once while it did (its children, all of them)
 * @param zombiesAfterReapingAll how many were left after reaping them all: 0
 * @param peakZombiesReaped the most at once when each child was reaped as it ended (join)
 */
record ZombieReport(
        long parentPid,
        long zombiePid,
        char stateWhileRunning,
        char stateAfterExit,
        long parentWhileZombie,
        boolean jdkSaysAlive,
        int exitStatusReaped,
        boolean goneAfterReap,
        int children,
        int peakZombiesUnreaped,
        int zombiesAfterReapingAll,
        int peakZombiesReaped) {}
