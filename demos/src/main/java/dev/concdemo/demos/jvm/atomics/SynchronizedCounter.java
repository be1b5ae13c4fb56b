package dev.concdemo.demos.jvm.atomics;

/** Each increment inside {@code synchronized (this)}: the object's monitor, taken and released. */
final class SynchronizedCounter implements Counter {
    private long count; // guarded by this

    @Override
    public long add(long increments) {
        for (long i = 0; i < increments; i++) {
            synchronized (this) {
                count++;
            }
        }
        return 0;
    }

    @Override
    public synchronized long total() {
        return count;
    }
}
