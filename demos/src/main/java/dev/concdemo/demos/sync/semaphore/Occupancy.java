package dev.concdemo.demos.sync.semaphore;

import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is inside, over time: every enter and leave with its time, recorded under one lock so
 * that the count at each moment is exact. The measured maximum is what the semaphore must cap.
 */
final class Occupancy {
    private final List<Chart.Step> changes = new ArrayList<>(); // guarded by this
    private int inside; // guarded by this
    private int max; // guarded by this
    private final Trace trace;

    Occupancy(Trace trace) {
        this.trace = trace;
    }

    synchronized void enter() {
        inside++;
        max = Math.max(max, inside);
        changes.add(new Chart.Step(System.nanoTime(), inside));
        trace.counter("threads inside", inside); // under the lock: the trace's counts come in order
    }

    synchronized void leave() {
        inside--;
        changes.add(new Chart.Step(System.nanoTime(), inside));
        trace.counter("threads inside", inside);
    }

    synchronized int max() {
        return max;
    }

    synchronized List<Chart.Step> changes() {
        return List.copyOf(changes);
    }
}
