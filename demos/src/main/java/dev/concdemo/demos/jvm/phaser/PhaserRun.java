package dev.concdemo.demos.jvm.phaser;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.function.UnaryOperator;

/**
 * One run: a crew of three workers goes through {@code phases} phases of a {@link CrewPhaser}.
 * At phase 1 worker-1 registers worker-4, who joins; in phase 1 worker-2 hands the crew its
 * parts and calls arrive(), going on at once, while the others wait for the parts, work and
 * wait for each other; after phase 2 worker-3 arrives and deregisters. After the last phase,
 * onAdvance ends the phaser.
 */
final class PhaserRun {
    /** The crew at phase 0. */
    static final int CREW = 3;

    /** Who registers the newcomer, at {@link #JOIN_PHASE}; the newcomer; who leaves after {@link #LEAVE_PHASE}. */
    static final String REGISTRAR = name(1);

    static final String NEWCOMER = name(4);
    static final String LEAVER = name(3);

    /** Who arrives without waiting, in {@link #JOIN_PHASE}: it hands over the parts the others need first. */
    static final String SUPPLIER = name(2);

    static final int JOIN_PHASE = 1;
    static final int LEAVE_PHASE = 2;

    private final int phases;
    private final long seed;
    private final UnaryOperator<Duration> scale; // --time-scale
    private final Narrator n;

    /** Worker {@code number}'s thread name, from 1: "worker-3". */
    static String name(int number) {
        return "worker-" + number;
    }

    PhaserRun(int phases, long seed, UnaryOperator<Duration> scale, Narrator n) {
        this.phases = phases;
        this.seed = seed;
        this.scale = scale;
        this.n = n;
        this.supplier = new Supplier(n);
    }

    private final Supplier supplier; // what it measured is written by its thread, read by main after join
    private final long[] waited = new long[CREW + 1]; // each worker's wait in JOIN_PHASE, written by it

    private volatile PhaseLog running; // this run's log, for Ctrl-C's line (read by another thread)

    /** What was measured before an interrupt: the phases that advanced; null for none. */
    String soFar() {
        PhaseLog log = running;
        return log == null || log.advances() == 0 ? null : "%d of %d phases advanced".formatted(log.advances(), phases);
    }

    PhaserReport run() throws InterruptedException {
        PhaseLog log = new PhaseLog(phases, System.nanoTime());
        running = log;
        CrewPhaser phaser = new CrewPhaser(CREW, phases, log, n);
        log.registered(0, phaser.getRegisteredParties());
        CountDownLatch parts = new CountDownLatch(1); // counted down by the supplier, after its arrive()
        List<Thread> threads = new ArrayList<>();
        Thread newcomer =
                Thread.ofPlatform().name(NEWCOMER).unstarted(() -> work(4, JOIN_PHASE, phaser, log, parts, null));
        for (int w = 1; w <= CREW; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform()
                    .name(name(w))
                    .unstarted(() -> work(worker, 0, phaser, log, parts, worker == 1 ? newcomer : null)));
        }
        threads.add(newcomer);
        boolean ended = false;
        try {
            threads.subList(0, CREW).forEach(Thread::start);
            Threads.joinAll(threads);
            ended = true;
        } finally {
            if (!ended) { // cancelled: release every wait, so that no worker outlives the run
                phaser.forceTermination();
                parts.countDown();
            }
        }
        n.event("main", "isTerminated() = %s, getPhase() = %d".formatted(phaser.isTerminated(), phaser.getPhase()));

        Phaser empty = new Phaser(1); // the default onAdvance: ends the phaser when no party is left
        empty.arriveAndDeregister();
        n.event(
                "main",
                "a Phaser(1) whose one party arriveAndDeregister()s: isTerminated() = %s"
                        .formatted(empty.isTerminated()));

        long others = 0;
        for (int w = 1; w <= CREW + 1; w++) {
            if (!name(w).equals(SUPPLIER)) {
                others = Math.max(others, waited[w - 1]);
            }
        }
        return new PhaserReport(
                log.phases(),
                phaser.isTerminated(),
                phaser.endedAt(),
                phaser.endedBecause(),
                phaser.getPhase(),
                SUPPLIER,
                JOIN_PHASE,
                Math.round(supplier.arriveTook() / 1e3) / 1e3,
                supplier.phaseAfter(),
                supplier.arrivedAfter(),
                ms(log.advancedAt(JOIN_PHASE) - supplier.arriveReturnedAt()),
                ms(others),
                empty.isTerminated());
    }

    /** One worker's phases, from {@code first}; {@code toRegister}: the newcomer it registers at JOIN_PHASE. */
    private void work(int worker, int first, Phaser phaser, PhaseLog log, CountDownLatch parts, Thread toRegister) {
        String me = name(worker);
        Random random = new Random(seed * 1000 + worker);
        try {
            for (int phase = first; phase < phases; phase++) {
                Duration job = scale.apply(Duration.ofMillis(200 + random.nextInt(401)));
                if (phase == JOIN_PHASE && toRegister != null) {
                    int at = phaser.register(); // before this worker arrives: the phase cannot end without the newcomer
                    log.joined(at, NEWCOMER);
                    int parties = phaser.getRegisteredParties();
                    log.registered(at, parties);
                    n.event(
                            me,
                            "register() for %s: phase %d, getRegisteredParties() = %d"
                                    .formatted(NEWCOMER, at, parties));
                    toRegister.start();
                }
                if (phase == JOIN_PHASE && me.equals(SUPPLIER)) {
                    if (supplier.supply(phaser, log, parts, job) < 0) {
                        return; // terminated
                    }
                    continue;
                }
                if (phase == JOIN_PHASE) {
                    parts.await(); // CONDITION: the supplier has arrived and handed over the parts
                }
                n.event(me, "phase %d: working %s s".formatted(phaser.getPhase(), seconds(job)));
                Thread.sleep(job);
                log.arrived(phase);
                if (phase == LEAVE_PHASE && me.equals(LEAVER)) {
                    log.left(phase, me);
                    n.event(me, "arriveAndDeregister(): leaves the crew after phase %d".formatted(phase));
                    phaser.arriveAndDeregister();
                    return;
                }
                n.event(me, "phase %d: arrives and waits".formatted(phase));
                long from = System.nanoTime();
                // arriveAndAwaitAdvance(), but a Ctrl-C can interrupt it
                int next = phaser.awaitAdvanceInterruptibly(phaser.arrive());
                if (phase == JOIN_PHASE) {
                    waited[worker - 1] = System.nanoTime() - from;
                }
                if (next < 0) {
                    n.event(me, "phaser terminated: done");
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled: end
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
