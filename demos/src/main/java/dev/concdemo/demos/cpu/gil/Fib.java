package dev.concdemo.demos.cpu.gil;

/** The seeds' CPU-bound work: naive recursive fib, with the interpreter's check at every call. */
final class Fib {
    private Fib() {}

    static long fib(int n, Gil gil) throws InterruptedException {
        gil.check();
        return n <= 2 ? 1 : fib(n - 1, gil) + fib(n - 2, gil);
    }
}
