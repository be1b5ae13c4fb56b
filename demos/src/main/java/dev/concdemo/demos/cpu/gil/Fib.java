package dev.concdemo.demos.cpu.gil;

/**
 * The seeds' CPU-bound work: naive recursive fib, with the interpreter's check at every call.
 * One recursion per kind of GIL, chosen once by a switch: a single recursion calling
 * {@code gil.check()} would be a call site with three receivers, which the JIT cannot inline,
 * and would measure that dispatch instead of the GIL.
 */
final class Fib {
    private Fib() {}

    static long fib(int n, Gil gil) throws InterruptedException {
        return switch (gil) {
            case NoGil none -> fib(n, none);
            case SimulatedGil simulated -> fib(n, simulated);
            case OldGil old -> fib(n, old);
        };
    }

    private static long fib(int n, NoGil gil) {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }

    private static long fib(int n, SimulatedGil gil) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }

    private static long fib(int n, OldGil gil) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }
}
