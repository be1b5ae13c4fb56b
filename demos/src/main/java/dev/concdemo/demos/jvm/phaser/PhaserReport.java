package dev.concdemo.demos.jvm.phaser;

import java.util.List;

/**
 * What {@code concdemo phaser} measured; printed as JSON with --json.
 *
 * @param phases one per phase the crew went through, in order
 * @param terminated the phaser's isTerminated() once the crew had ended
 * @param terminatedAtPhase the phase after which onAdvance returned true (-1 if it never did)
 * @param terminatedBecause "last phase" or "no party left": which of onAdvance's tests ended it
 * @param phaseAfterTermination getPhase() once terminated: negative
 * @param arriveOnlyParty the party that called arrive() and did not wait, in phase {@code arriveOnlyPhase}
 * @param arriveOnlyWaitedMs how long its arrive() took: it returns at once
 * @param arriveOnlyPhaseAfter getPhase() just after arrive() returned: still {@code arriveOnlyPhase}
 * @param arriveOnlyArrivedAfter getArrivedParties() just after: it alone had arrived
 * @param arriveOnlyAdvancedAfterMs the phase advanced this long after arrive() returned
 * @param othersWaitedMs the longest wait of the others in that phase's arriveAndAwaitAdvance
 * @param emptyPhaserTerminated a second Phaser(1), left by its only party at phase 0: isTerminated()
 */
record PhaserReport(
        List<Phase> phases,
        boolean terminated,
        int terminatedAtPhase,
        String terminatedBecause,
        int phaseAfterTermination,
        String arriveOnlyParty,
        int arriveOnlyPhase,
        double arriveOnlyWaitedMs,
        int arriveOnlyPhaseAfter,
        int arriveOnlyArrivedAfter,
        double arriveOnlyAdvancedAfterMs,
        double othersWaitedMs,
        boolean emptyPhaserTerminated) {
    /**
     * @param phase the phase number (getPhase() during it; onAdvance's argument at its end)
     * @param registered parties registered during the phase (getRegisteredParties() at its start, and after a join)
     * @param arrived arrivals counted in the phase, arriveAndDeregister() included
     * @param joined parties registered during the phase; {@code left} parties that arrived and deregistered
     * @param registeredAtAdvance onAdvance's registeredParties: those going on to the next phase
     * @param arrivedAtAdvance getArrivedParties() inside onAdvance: a deregistered party is not counted
     * @param advancedAfterMs from the phase's start (the previous advance) to its own advance
     */
    record Phase(
            int phase,
            int registered,
            int arrived,
            List<String> joined,
            List<String> left,
            int registeredAtAdvance,
            int arrivedAtAdvance,
            double advancedAfterMs) {}
}
