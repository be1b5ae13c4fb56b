package dev.concdemo.demos.jvm.rwlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The named platform threads of one part of the run: started together, joined together, and
 * interrupted (then joined) if the run is cancelled, so none outlives it.
 */
final class Crew {
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code body} on a platform thread called {@code name}. */
    Thread start(String name, Runnable body) {
        Thread t = Thread.ofPlatform().name(name).start(body);
        threads.add(t);
        return t;
    }

    /** Starts {@code thread}, made by the caller, as one of the crew. */
    void add(Thread thread) {
        threads.add(thread);
        thread.start();
    }

    /** Waits for all; if this thread is interrupted, interrupts them all and waits for them to end. */
    void join() throws InterruptedException {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException cancelled) {
            threads.forEach(Thread::interrupt);
            for (Thread t : threads) {
                t.join(1000);
            }
            throw cancelled;
        }
    }
}
