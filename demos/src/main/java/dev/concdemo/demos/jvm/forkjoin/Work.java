package dev.concdemo.demos.jvm.forkjoin;

/**
 * The work being summed: an array of ints, each weighed by a few rounds of integer mixing so the
 * sum is bound by the CPU, not by memory (a plain sum of ints would only measure memory
 * bandwidth). The sum wraps around as a long does: exact, and the same whatever the split.
 */
final class Work {
    private Work() {}

    /** Rounds of mixing per element: about 10 ns of CPU each element. */
    private static final int ROUNDS = 24;

    /** The array: {@code a[i]} from {@code i}, fixed, so every run sums the same numbers. */
    static int[] array(int size) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i * 0x9E3779B9;
        }
        return a;
    }

    /** One element's share of the sum. */
    static long weigh(int value) {
        long x = value;
        for (int r = 0; r < ROUNDS; r++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x & 0xFFFF;
    }

    /** The sum of {@code a[from, to)}, on the calling thread. */
    static long sum(int[] a, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += weigh(a[i]);
        }
        return sum;
    }
}
