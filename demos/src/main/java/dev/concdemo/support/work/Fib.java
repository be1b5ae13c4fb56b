package dev.concdemo.support.work;

/**
 * The seeds' CPU-bound work, written once: naive recursive fib, fib(n) = 1 for n ≤ 2. The fib
 * service answers it, cpu-vs-io loads cores with it; every call of the recursion is kept.
 */
public final class Fib {
    private Fib() {}

    /** The largest n whose fib fits in a long. */
    public static final int LARGEST = 92;

    public static long fib(int n) {
        return n <= 2 ? 1 : fib(n - 1) + fib(n - 2);
    }
}
