package dev.concdemo.demos.cpu.gil;

/**
 * The JVM as it is: no global lock; every thread runs whenever the OS gives it a core. Its
 * check reads a flag as the simulated GIL's does, a flag nothing ever sets, so that both
 * columns run the same code and differ only by the lock.
 */
final class NoGil implements Gil {
    private volatile boolean dropRequest; // never set: the same read as SimulatedGil.check()

    @Override
    public void acquire() {}

    @Override
    public void release() {}

    @Override
    public void check() {
        if (dropRequest) {
            throw new AssertionError("nothing asks a thread to let go of a lock that does not exist");
        }
    }

    @Override
    public Stats stats() {
        return new Stats(0, 0, 0);
    }
}
