package dev.concdemo.demos.jvm.reorder;

import java.util.List;

/**
 * Store buffering over volatile int fields: volatile accesses are in one total order that every
 * thread sees (JLS 17.4.4, synchronization order), so whichever store comes first in it comes
 * before the other thread's load, and r1 = r2 = 0 is forbidden. HotSpot on x86 follows each
 * volatile store with a fence (a locked instruction) that drains the store buffer.
 */
final class VolatileStoreBuffering implements Experiment {
    /** One trial's fields: x written by actor 1 and read by actor 2, y the other way round. */
    static final class Pair {
        volatile int x;
        volatile int y;
    }

    private Pair[] pairs = new Pair[0]; // written by actor 1 between batches; the rendezvous publishes it
    private int[] r1 = new int[0]; // actor 1's loads, one per trial
    private int[] r2 = new int[0]; // actor 2's loads

    @Override
    public void fresh(int trials) {
        Pair[] fresh = new Pair[trials];
        for (int i = 0; i < trials; i++) {
            fresh[i] = new Pair();
        }
        pairs = fresh;
        if (r1.length != trials) {
            r1 = new int[trials];
            r2 = new int[trials];
        }
    }

    @Override
    public void actor1() {
        Pair[] p = pairs;
        int[] r = r1;
        for (int i = 0; i < p.length; i++) {
            Pair pair = p[i];
            pair.x = 1;
            r[i] = pair.y;
        }
    }

    @Override
    public void actor2() {
        Pair[] p = pairs;
        int[] r = r2;
        for (int i = 0; i < p.length; i++) {
            Pair pair = p[i];
            pair.y = 1;
            r[i] = pair.x;
        }
    }

    @Override
    public void tally(long[] counts) {
        StoreBuffering.tally(r1, r2, pairs.length, counts);
    }

    @Override
    public List<Outcome> outcomes() {
        return StoreBuffering.outcomes(Grade.FORBIDDEN);
    }
}
