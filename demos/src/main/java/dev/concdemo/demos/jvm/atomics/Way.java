package dev.concdemo.demos.jvm.atomics;

/** The four ways of counting, in the order the run measures and prints them. */
enum Way {
    SYNCHRONIZED("synchronized", false),
    REENTRANT_LOCK("ReentrantLock", false),
    ATOMIC_LONG("AtomicLong", true),
    LONG_ADDER("LongAdder", false);

    /** How the output and the JSON name it. */
    final String label;
    /** Whether it counts compareAndSet failures (the CAS loop). */
    final boolean cas;

    Way(String label, boolean cas) {
        this.label = label;
        this.cas = cas;
    }

    /** A fresh counter at 0. */
    Counter counter() {
        return switch (this) {
            case SYNCHRONIZED -> new SynchronizedCounter();
            case REENTRANT_LOCK -> new LockedCounter();
            case ATOMIC_LONG -> new CasCounter();
            case LONG_ADDER -> new AdderCounter();
        };
    }
}
