package dev.concdemo.demos.sync.race;

/**
 * The seed's shared {@code ticket}, decremented once by each thread. The variants are
 * siblings named by their property: {@link UnsafeCounter} (read, pause, write: updates get
 * lost), {@link LockedCounter} (the seed's mutex around the same steps) and
 * {@link AtomicCounter} (one indivisible read-modify-write).
 */
sealed interface Counter permits UnsafeCounter, LockedCounter, AtomicCounter {
    void decrement() throws InterruptedException;

    int value();
}
