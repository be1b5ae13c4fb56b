package dev.concdemo.demos.jvm.structured;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * A thread factory that names its threads in turn from a list ("scope-user", "scope-stock"):
 * a scope's fork and a per-task executor's submit each make one thread, at once, on the
 * caller's thread, so the n-th fork gets the n-th name. It keeps the threads it made, so that
 * whether each is still alive can be asked later. Thread-safe.
 */
public final class NamedThreads implements ThreadFactory {
    private final Deque<String> names; // guarded by this
    private final List<Thread> made = new ArrayList<>(); // guarded by this
    private final boolean virtual;

    private NamedThreads(boolean virtual, String... names) {
        this.virtual = virtual;
        this.names = new ArrayDeque<>(List.of(names));
    }

    /** Virtual threads with these names, in this order. */
    public static NamedThreads virtual(String... names) {
        return new NamedThreads(true, names);
    }

    /** Platform threads with these names, in this order. */
    static NamedThreads platform(String... names) {
        return new NamedThreads(false, names);
    }

    @Override
    public synchronized Thread newThread(Runnable task) {
        String name = names.poll();
        if (name == null) {
            throw new IllegalStateException("no name left for another thread");
        }
        Thread thread =
                (virtual ? Thread.ofVirtual() : Thread.ofPlatform()).name(name).unstarted(task);
        made.add(thread);
        return thread;
    }

    /** The threads made so far, in order. */
    public synchronized List<Thread> made() {
        return List.copyOf(made);
    }
}
