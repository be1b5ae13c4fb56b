package dev.concdemo.demos.jvm.futures;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The pipeline: an order arrives (a future completed later by the thread "completer"), and stages
 * are added to it and to each other before it does, so where each runs follows from the rules
 * ({@link Rule}) and not from a race. Each stage's function records the thread it runs on.
 *
 * <pre>
 *  [1] completedFuture(2).thenApply(x10)  ─────────────────────────────┐
 *  order ─[3] thenApply(+1) ─[4] thenApplyAsync(x2) ─[5] thenApplyAsync(+5, own)
 *        ─[6] thenCompose(supplyAsync(x3, own)) ─[7] thenCombine([1], +) ─┤
 *  [2] supplyAsync(3) ────────────────────────────── [8] allOf([2], [7]) ┘ [9] anyOf([7], later)
 *  order ─[10] thenApply(fails) ─ exceptionally(-1)
 *  never ─[11] orTimeout ─ exceptionally
 * </pre>
 */
final class Pipeline {
    static final String MAIN = "main";
    static final String COMPLETER = "completer";
    static final String OWN = "own-";

    private final ExecutorService own; // threads "own-1", "own-2", ...
    private final UnaryOperator<Duration> scale;
    private final Narrator n;
    private final ConcurrentSkipListMap<Integer, FuturesReport.Stage> stages = new ConcurrentSkipListMap<>();

    Pipeline(ExecutorService own, UnaryOperator<Duration> scale, Narrator n) {
        this.own = own;
        this.scale = scale;
        this.n = n;
    }

    record Outcome(List<FuturesReport.Stage> stages, int result, int recovered, String timedOut) {}

    Outcome run() throws InterruptedException, ExecutionException {
        CompletableFuture<Integer> order = new CompletableFuture<>(); // completed by "completer", below

        CompletableFuture<Integer> ten = CompletableFuture.completedFuture(2)
                .thenApply(x -> at(1, "completedFuture(2).thenApply", Rule.CALLER, () -> x * 10));
        CompletableFuture<Integer> three =
                CompletableFuture.supplyAsync(() -> at(2, "supplyAsync", Rule.COMMON_POOL, () -> 3));
        CompletableFuture<Integer> plusOne =
                order.thenApply(x -> at(3, "order.thenApply", Rule.COMPLETER, () -> x + 1));
        CompletableFuture<Integer> doubled =
                plusOne.thenApplyAsync(x -> at(4, "thenApplyAsync", Rule.COMMON_POOL, () -> x * 2));
        CompletableFuture<Integer> plusFive =
                doubled.thenApplyAsync(x -> at(5, "thenApplyAsync(own)", Rule.OWN_EXECUTOR, () -> x + 5), own);
        CompletableFuture<Integer> composed = plusFive.thenCompose(
                x -> at(6, "thenCompose", Rule.COMPLETER, () -> CompletableFuture.supplyAsync(() -> x * 3, own)));
        CompletableFuture<Integer> combined =
                ten.thenCombine(composed, (a, b) -> at(7, "thenCombine", Rule.LAST_TO_COMPLETE, () -> a + b));
        CompletableFuture<Void> all = CompletableFuture.allOf(three, combined);
        CompletableFuture<Integer> total = all.thenApply(
                _ -> at(8, "allOf.thenApply", Rule.LAST_TO_COMPLETE, () -> three.join() + combined.join()));
        CompletableFuture<Integer> slow =
                new CompletableFuture<>(); // a reply that comes later: main completes it below
        CompletableFuture<Object> first = CompletableFuture.anyOf(combined, slow)
                .thenApply(v -> at(9, "anyOf.thenApply", Rule.FIRST_TO_COMPLETE, () -> v));
        CompletableFuture<Integer> recovered = order.<Integer>thenApply(_ -> {
                    throw new IllegalStateException("out of stock");
                })
                .exceptionally(e -> at(10, "exceptionally", Rule.COMPLETER, () -> -1));
        CompletableFuture<String> timedOut = new CompletableFuture<String>() // a reply that never comes
                .orTimeout(scale.apply(Duration.ofMillis(300)).toNanos(), TimeUnit.NANOSECONDS)
                .exceptionally(e -> at(11, "orTimeout.exceptionally", Rule.DELAY_SCHEDULER, () -> e.getClass()
                        .getName()));

        three.get(); // [2] done before the order comes, so [8]'s last input is [7]
        n.event(MAIN, "all stages added; the order is not complete yet");
        Thread completer = Thread.ofPlatform().name(COMPLETER).start(() -> {
            n.event(COMPLETER, "order.complete(4)");
            order.complete(4);
        });
        completer.join();
        int result = total.get(); // get(), not join(): a cancelled run is interrupted here
        first.get();
        slow.complete(-1); // too late: anyOf had its answer
        int fallback = recovered.get();
        String timeout = timedOut.get();
        return new Outcome(new ArrayList<>(stages.values()), result, fallback, timeout);
    }

    /** Runs one stage's function, recording and telling the thread it ran on. */
    private <T> T at(int stage, String method, Rule why, Supplier<T> function) {
        String thread = Thread.currentThread().getName();
        T value = function.get();
        String shown = value instanceof CompletableFuture<?> ? "a future" : String.valueOf(value);
        stages.put(stage, new FuturesReport.Stage(stage, method, thread, why.id(), shown));
        n.event(thread, "[%d] %s -> %s".formatted(stage, method, shown));
        return value;
    }
}
