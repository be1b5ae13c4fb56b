package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.work.CpythonGil;

/**
 * The seeds' CPU-bound work: naive recursive fib, with the interpreter's check at every call.
 * The no-GIL and simulated-GIL columns share one recursion, over {@link CpythonGil}, whose
 * check the JIT inlines: the same compiled code, so that one thread's two columns differ by the
 * lock and not by how the JIT happened to compile two copies (two copies had differed by up to
 * 1.4x either way between runs). The old GIL has its own. A single recursion calling
 * {@code gil.check()} on the interface would be a call site with three receivers, which the JIT
 * cannot inline, and would measure that dispatch instead of the GIL.
 */
final class Fib {
    private Fib() {}

    static long fib(int n, Gil gil) throws InterruptedException {
        return switch (gil) {
            case NoGil none -> fib(n, none.checked());
            case SimulatedGil simulated -> fib(n, (CpythonGil) simulated);
            case OldGil old -> fib(n, old);
        };
    }

    private static long fib(int n, CpythonGil gil) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }

    private static long fib(int n, OldGil gil) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }
}
