package dev.concdemo.demos.sync.interleave;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Seed 001's deadlock: func1 takes mutexA then mutexB, func2 mutexB then mutexA. With more
 * threads, each takes its own lock and then its neighbour's (the dining philosophers). Fixed:
 * every thread takes the locks in one order, the first letter first.
 */
final class Abba {
    private Abba() {}

    static Program of(Variant variant, int threads) {
        return new Program(
                ProgramName.ABBA,
                variant,
                lockVars(threads),
                Steps.each(threads, t -> func(variant, t, threads)),
                List.of(),
                Machine::stuck);
    }

    private static List<Var> lockVars(int threads) {
        return IntStream.range(0, threads).mapToObj(i -> Var.lock(lock(i))).toList();
    }

    /** mutexA, mutexB, …: the seed's names. */
    static String lock(int i) {
        return "mutex" + (char) ('A' + i);
    }

    private static ThreadCode func(Variant variant, int t, int threads) {
        String own = lock(t - 1);
        String next = lock(t % threads);
        String first = own;
        String second = next;
        if (variant == Variant.FIXED && next.compareTo(own) < 0) {
            first = next; // fixed: the first letter first, whoever you are
            second = own;
        }
        // BROKEN (as the seed wrote it): each thread holds its own lock while it waits for the next one's
        return new ThreadCode(
                t == 1 ? "func1" : "func" + t,
                List.of(
                        Steps.acquire("", first),
                        Steps.acquire("", second),
                        Steps.release("", second),
                        Steps.release("", first)),
                List.of());
    }
}
