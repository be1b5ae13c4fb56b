package dev.concdemo.demos.jvm.phaser;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;

/**
 * The party that arrives and does not wait: in its phase it calls arrive(), which counts its
 * arrival and returns at once, hands the crew the parts they wait for, and goes on. Its fields
 * are written by its own thread and read once that thread has been joined.
 */
final class Supplier {
    private final Narrator n;
    private long arriveTook; // nanoseconds inside arrive()
    private long arriveReturnedAt; // System.nanoTime() when it returned
    private int phaseAfter; // getPhase() just after
    private int arrivedAfter; // getArrivedParties() just after

    Supplier(Narrator n) {
        this.n = n;
    }

    /**
     * The supplier's phase: arrive() without waiting, hand over the parts, fetch the next ones,
     * then wait for the phase to end before its next arrival (an arrive() before that would count
     * in this phase again). Returns the next phase, negative if the phaser has ended.
     */
    int supply(Phaser phaser, PhaseLog log, CountDownLatch parts, Duration job) throws InterruptedException {
        String me = PhaserRun.SUPPLIER;
        log.arrived(PhaserRun.JOIN_PHASE);
        long from = System.nanoTime();
        int phase = phaser.arrive(); // counts as this phase's arrival; does not wait for the others
        long returned = System.nanoTime();
        arriveTook = returned - from;
        arriveReturnedAt = returned;
        phaseAfter = phaser.getPhase(); // nobody else can arrive yet: they wait for the parts
        arrivedAfter = phaser.getArrivedParties();
        n.event(
                me,
                Narrator.style(
                        "fg_yellow",
                        "arrive() for phase %d: went on after %s ms (getPhase() = %d, %d arrived)"
                                .formatted(
                                        phase,
                                        String.format(Locale.ROOT, "%.3f", arriveTook / 1e6),
                                        phaseAfter,
                                        arrivedAfter)));
        parts.countDown();
        n.event(me, "parts handed over; fetching the next ones for %s s".formatted(PhaserRun.seconds(job)));
        Thread.sleep(job);
        int next = phaser.awaitAdvanceInterruptibly(phase); // rejoins when the others have arrived
        n.event(me, "back for phase %d".formatted(next));
        return next;
    }

    long arriveTook() {
        return arriveTook;
    }

    long arriveReturnedAt() {
        return arriveReturnedAt;
    }

    int phaseAfter() {
        return phaseAfter;
    }

    int arrivedAfter() {
        return arrivedAfter;
    }
}
