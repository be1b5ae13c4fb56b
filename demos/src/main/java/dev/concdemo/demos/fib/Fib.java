package dev.concdemo.demos.fib;

/** The service's work, as the seeds define it: naive recursion, fib(n) = 1 for n ≤ 2. */
public final class Fib {
    private Fib() {}

    /** The largest n whose fib fits in a long. */
    public static final int LARGEST = 92;

    public static long fib(int n) {
        return n <= 2 ? 1 : fib(n - 1) + fib(n - 2);
    }
}
