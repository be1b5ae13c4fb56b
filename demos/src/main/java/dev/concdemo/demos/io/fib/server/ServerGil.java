package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.work.CpythonGil;

/**
 * A fib server's threads computing as CPython's would: one at a time, under a simulated
 * global interpreter lock ({@link CpythonGil}, CPython's switch-interval rule, labelled as a
 * simulation: the JVM has none). The seeds' naive fib checks for a drop request at every call,
 * as CPython's eval loop does between bytecodes.
 */
final class ServerGil {
    private final CpythonGil gil = new CpythonGil(CpythonGil.SWITCH_INTERVAL);

    /** fib(n) by the seeds' naive recursion, holding the GIL, checking for a drop request at every call. */
    long fib(int n) throws InterruptedException {
        gil.acquire();
        try {
            return fibHolding(n);
        } finally {
            gil.release();
        }
    }

    /** Whether a thread holds the GIL now. */
    boolean held() {
        return gil.held();
    }

    private long fibHolding(int n) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fibHolding(n - 1) + fibHolding(n - 2);
    }
}
