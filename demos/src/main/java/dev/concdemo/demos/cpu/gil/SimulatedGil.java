package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.work.CpythonGil;
import java.time.Duration;

/**
 * CPython's GIL (the "new GIL" of Python 3.2+), simulated ({@link CpythonGil}, honestly
 * labelled: the JVM has none), as one of this scenario's {@link Gil}s.
 */
final class SimulatedGil implements Gil {
    /** CPython's default switch interval. */
    static final Duration SWITCH_INTERVAL = CpythonGil.SWITCH_INTERVAL;

    private final CpythonGil gil;

    SimulatedGil(Duration interval) {
        this.gil = new CpythonGil(interval);
    }

    @Override
    public void acquire() throws InterruptedException {
        gil.acquire();
    }

    @Override
    public void release() {
        gil.release();
    }

    @Override
    public void check() throws InterruptedException {
        gil.check();
    }

    @Override
    public Stats stats() {
        CpythonGil.Counts c = gil.counts();
        return new Stats(c.switches(), c.dropRequests(), c.wastedWakeups());
    }
}
