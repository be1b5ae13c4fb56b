package dev.concdemo.demos.cpu.gil;

/**
 * The seeds' fib computed under one shared {@link SimulatedGil}, for code outside this
 * package (a fib server's threads): whoever computes holds the GIL, checks at every call
 * whether another thread asked for it, and lets go when done, as a CPython thread does
 * between a recv and a send. One instance is one interpreter: threads sharing it compute one
 * at a time. The JVM itself has no GIL; this is the simulation, labelled as one.
 */
public final class GilFib {
    private final SimulatedGil gil = new SimulatedGil(SimulatedGil.SWITCH_INTERVAL);

    /** fib(n), holding the GIL while computing. */
    public long fib(int n) throws InterruptedException {
        gil.acquire();
        try {
            return Fib.fib(n, gil);
        } finally {
            gil.release();
        }
    }

    /** Times the GIL passed from one thread to another so far. */
    public long switches() {
        return gil.stats().switches();
    }
}
