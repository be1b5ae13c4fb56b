package dev.concdemo.demos.jvm.atomics;

/**
 * One shared counter and one way of adding 1 to it safely from many threads. Each way is a
 * class of its own, chosen by {@link Way}.
 */
sealed interface Counter permits SynchronizedCounter, LockedCounter, CasCounter, AdderCounter {
    /** Adds 1, {@code increments} times, on the calling thread; returns its failed compareAndSets (0 without CAS). */
    long add(long increments);

    /** The count, read once every thread has ended. */
    long total();
}
