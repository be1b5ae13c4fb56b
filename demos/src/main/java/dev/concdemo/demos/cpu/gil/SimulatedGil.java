package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.work.CpythonGil;
import java.time.Duration;

/**
 * CPython's GIL (the "new GIL" of Python 3.2+), simulated ({@link CpythonGil}, honestly
 * labelled: the JVM has none), as one of this scenario's {@link Gil}s: acquire, release and
 * check are CpythonGil's own, called directly.
 */
final class SimulatedGil extends CpythonGil implements Gil {
    /** CPython's default switch interval. */
    static final Duration SWITCH_INTERVAL = CpythonGil.SWITCH_INTERVAL;

    SimulatedGil(Duration interval) {
        super(interval);
    }

    @Override
    public Stats stats() {
        CpythonGil.Counts c = counts();
        return new Stats(c.switches(), c.dropRequests(), c.wastedWakeups());
    }
}
