package dev.concdemo.demos.jvm.phaser;

import dev.concdemo.support.term.Narrator;
import java.util.concurrent.Phaser;

/**
 * The crew's phaser. A Phaser is a reusable barrier whose parties may register and deregister
 * at any phase; when the last registered party of a phase arrives, onAdvance runs (in that
 * party's thread, before anyone is released) and the phase number goes up by one. This one
 * logs every advance and ends the phaser (onAdvance returns true) after the last phase, or when
 * no party is left, as the default onAdvance does.
 */
final class CrewPhaser extends Phaser {
    private final int lastPhase;
    private final PhaseLog log;
    private final Narrator n;
    private volatile int endedAt = -1; // written once, in the onAdvance that returned true
    private volatile String endedBecause = "";

    CrewPhaser(int parties, int phases, PhaseLog log, Narrator n) {
        super(parties);
        this.lastPhase = phases - 1;
        this.log = log;
        this.n = n;
    }

    @Override
    protected boolean onAdvance(int phase, int registeredParties) {
        long now = System.nanoTime();
        int arrived = getArrivedParties();
        log.advanced(phase, registeredParties, arrived, now);
        boolean noneLeft = registeredParties == 0;
        boolean end = phase >= lastPhase || noneLeft;
        n.event(
                Thread.currentThread().getName(),
                Narrator.style(
                        "bold,fg_green",
                        "onAdvance(phase %d, %d registered): %d arrived, %s"
                                .formatted(phase, registeredParties, arrived, end ? "true: END" : "next phase")));
        if (end) {
            endedBecause = noneLeft ? "no party left" : "last phase";
            endedAt = phase;
        }
        return end;
    }

    /** The phase after which onAdvance ended the phaser; -1 if it has not. */
    int endedAt() {
        return endedAt;
    }

    /** "last phase" or "no party left"; empty if it has not ended. */
    String endedBecause() {
        return endedBecause;
    }
}
