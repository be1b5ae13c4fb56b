package dev.concdemo.demos.cpu.gil;

/** The JVM as it is: no global lock; every thread runs whenever the OS gives it a core. */
record NoGil() implements Gil {
    @Override
    public void acquire() {}

    @Override
    public void release() {}

    @Override
    public void check() {}

    @Override
    public Stats stats() {
        return new Stats(0, 0, 0);
    }
}
