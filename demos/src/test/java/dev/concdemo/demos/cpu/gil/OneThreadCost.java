package dev.concdemo.demos.cpu.gil;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-thread cost of the simulated GIL, measured in a JVM of its own (SimulatedGilTest
 * starts it): the ratio of the two columns depends on how the JIT compiled the one recursion
 * both run, and in the test JVM that depends on which Gil implementations earlier test classes
 * sent through it (seen: 0.56x and 1.71x after the cpu-vs-io tests, 0.99–1.01x alone). A fresh
 * JVM has only this measurement's history, as the scenario's own process does. Prints the ratio.
 */
final class OneThreadCost {
    private OneThreadCost() {}

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 10; i++) { // JIT warm-up of the one recursion, with both receivers
            GilRuns.cpuThreads(1, 30, new NoGil());
            GilRuns.cpuThreads(1, 30, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
        }
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        long spent = 0;
        while (spent < 3_000_000_000L || without.size() < 7) { // >= 1.5 s each, interleaved
            long a = GilRuns.cpuThreads(1, 34, new NoGil());
            long b = GilRuns.cpuThreads(1, 34, new SimulatedGil(SimulatedGil.SWITCH_INTERVAL));
            without.add(a);
            with.add(b);
            spent += a + b;
        }
        System.out.println((double) median(with) / median(without));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
