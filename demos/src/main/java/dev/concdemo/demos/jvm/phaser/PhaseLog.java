package dev.concdemo.demos.jvm.phaser;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened in each phase, written by the crew as it happens: arrivals, joins, departures,
 * the registered parties seen, and what the phaser said when it advanced. Every field is guarded
 * by this object's lock.
 */
final class PhaseLog {
    private final int[] registered;
    private final int[] arrived;
    private final List<List<String>> joined = new ArrayList<>();
    private final List<List<String>> left = new ArrayList<>();
    private final int[] registeredAtAdvance;
    private final int[] arrivedAtAdvance;
    private final long[] advancedAt; // System.nanoTime() in onAdvance; 0 if the phase never advanced
    private final long startedAt;

    PhaseLog(int phases, long startedAt) {
        registered = new int[phases];
        arrived = new int[phases];
        registeredAtAdvance = new int[phases];
        arrivedAtAdvance = new int[phases];
        advancedAt = new long[phases];
        this.startedAt = startedAt;
        for (int p = 0; p < phases; p++) {
            joined.add(new ArrayList<>());
            left.add(new ArrayList<>());
        }
    }

    /** getRegisteredParties() seen during {@code phase}: the most is the phase's registered parties. */
    synchronized void registered(int phase, int parties) {
        registered[phase] = Math.max(registered[phase], parties);
    }

    synchronized void arrived(int phase) {
        arrived[phase]++;
    }

    synchronized void joined(int phase, String who) {
        joined.get(phase).add(who);
    }

    synchronized void left(int phase, String who) {
        left.get(phase).add(who);
    }

    /** Said in onAdvance, by the phase's last arriving party. */
    synchronized void advanced(int phase, int registeredParties, int arrivedParties, long at) {
        registeredAtAdvance[phase] = registeredParties;
        arrivedAtAdvance[phase] = arrivedParties;
        advancedAt[phase] = at;
        if (phase + 1 < registered.length) {
            registered[phase + 1] = Math.max(registered[phase + 1], registeredParties);
        }
    }

    /** How many phases have advanced so far. */
    synchronized int advances() {
        int advances = 0;
        for (long at : advancedAt) {
            advances += at != 0 ? 1 : 0;
        }
        return advances;
    }

    synchronized long advancedAt(int phase) {
        return advancedAt[phase];
    }

    /** The phases that advanced, in order. */
    synchronized List<PhaserReport.Phase> phases() {
        List<PhaserReport.Phase> phases = new ArrayList<>();
        long from = startedAt;
        for (int p = 0; p < advancedAt.length && advancedAt[p] != 0; p++) {
            phases.add(new PhaserReport.Phase(
                    p,
                    registered[p],
                    arrived[p],
                    List.copyOf(joined.get(p)),
                    List.copyOf(left.get(p)),
                    registeredAtAdvance[p],
                    arrivedAtAdvance[p],
                    Math.round((advancedAt[p] - from) / 1e4) / 100.0));
            from = advancedAt[p];
        }
        return phases;
    }
}
