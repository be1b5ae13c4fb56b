package dev.concdemo.support.work;

import java.util.Collection;

/** Ending a scenario's threads. */
public final class Threads {
    private Threads() {}

    /**
     * Waits for every thread to end. If the waiting thread is interrupted (the run is being
     * cancelled), every thread is interrupted too, so that none outlives the scenario.
     */
    public static void joinAll(Collection<? extends Thread> threads) throws InterruptedException {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            threads.forEach(Thread::interrupt); // a no-op for the threads that have ended
        }
    }
}
