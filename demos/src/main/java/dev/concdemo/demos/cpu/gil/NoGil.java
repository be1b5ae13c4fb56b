package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.work.CpythonGil;

/**
 * The JVM as it is: no global lock; every thread runs whenever the OS gives it a core. Its
 * running code makes the very same check as the simulated GIL's, on a {@link CpythonGil} that no
 * thread ever takes, so nothing ever asks for a drop: both columns run one compiled recursion
 * and differ only by the lock.
 */
final class NoGil implements Gil {
    private final CpythonGil neverTaken = new CpythonGil(CpythonGil.SWITCH_INTERVAL);

    @Override
    public void acquire() {}

    @Override
    public void release() {}

    @Override
    public void check() throws InterruptedException {
        neverTaken.check();
    }

    /** What the running code checks: a GIL with no holder and no waiter, whose check always passes. */
    CpythonGil checked() {
        return neverTaken;
    }

    @Override
    public Stats stats() {
        return new Stats(0, 0, 0);
    }
}
