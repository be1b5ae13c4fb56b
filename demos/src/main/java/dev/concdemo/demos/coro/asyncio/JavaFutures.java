package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The same ideas in Java's own futures: say_after's two tasks as CompletableFutures on
 * virtual threads (2 s, as create_task), wait_for as {@code orTimeout}, and cancel. The
 * difference that matters: a CompletableFuture is only a result holder. Cancelling it, or
 * timing it out, completes the future; the work goes on to its end, told nothing, where an
 * asyncio task gets CancelledError at its next await.
 */
final class JavaFutures {
    /**
     * @param tasksMs say_after(1) and say_after(2) as two futures, both awaited
     * @param taskThreads what Thread.currentThread() said in each
     * @param timedOutAtMs when orTimeout completed the first future with TimeoutException
     * @param cancelledAtMs when cancel(true) completed the second one as cancelled
     * @param worksEndedMs when both works, told nothing, got to their end anyway
     */
    record Result(
            long tasksMs,
            List<String> taskThreads,
            long timedOutAtMs,
            String timedOutWith,
            long cancelledAtMs,
            boolean cancelReturned,
            long worksEndedMs,
            boolean worksRanToTheirEnd) {}

    private final Narrator n;
    private final double timeScale;

    JavaFutures(Narrator n, double timeScale) {
        this.n = n;
        this.timeScale = timeScale;
    }

    Result run() throws InterruptedException {
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            String[] threads = new String[2];
            CompletableFuture<Void> hello = CompletableFuture.runAsync(() -> sayAfter(1, "hello", threads, 0), virtual);
            CompletableFuture<Void> world = CompletableFuture.runAsync(() -> sayAfter(2, "world", threads, 1), virtual);
            join(CompletableFuture.allOf(hello, world));
            long tasksMs = ms(start);
            n.event(
                    Names.MAIN,
                    "allOf(hello, world).join() after %s: the two ran at once, like tasks".formatted(since(start)));

            CountDownLatch futuresDone = new CountDownLatch(1); // the hand-shake: main has timed out and cancelled
            CountDownLatch worksEnded = new CountDownLatch(2);
            long workStart = System.nanoTime();
            CompletableFuture<String> timed = CompletableFuture.supplyAsync(
                            () -> work(Names.work(1), futuresDone, worksEnded), virtual)
                    .orTimeout(sec(0.5).toNanos(), TimeUnit.NANOSECONDS);
            CompletableFuture<String> cancelled =
                    CompletableFuture.supplyAsync(() -> work(Names.work(2), futuresDone, worksEnded), virtual);
            String timedOutWith = "none";
            try {
                timed.get();
            } catch (ExecutionException e) {
                timedOutWith = e.getCause().getClass().getSimpleName();
            }
            long timedOutAt = ms(workStart);
            n.event(
                    Names.MAIN,
                    "work 1 .orTimeout(%s): %s after %s (wait_for's twin)"
                            .formatted(AsyncioRun.secs(sec(0.5)), timedOutWith, since(workStart)));
            boolean cancelReturned = cancelled.cancel(true);
            long cancelledAt = ms(workStart);
            futuresDone.countDown();
            n.event(
                    Names.MAIN,
                    "work 2 .cancel(true) -> %b after %s; isCancelled() %b"
                            .formatted(cancelReturned, since(workStart), cancelled.isCancelled()));
            boolean ended = worksEnded.await(Math.max(5_000, sec(3).toMillis()), TimeUnit.MILLISECONDS);
            long endedAt = ms(workStart);
            n.event(
                    Names.MAIN,
                    "both works %s after %s, their futures done at %s: nothing told them to stop"
                            .formatted(
                                    ended ? "ran to their end" : "did not end",
                                    since(workStart),
                                    AsyncioRun.secs(Duration.ofMillis(cancelledAt))));
            return new Result(
                    tasksMs, List.of(threads), timedOutAt, timedOutWith, cancelledAt, cancelReturned, endedAt, ended);
        }
    }

    private void sayAfter(double seconds, String what, String[] threads, int slot) {
        sleep(sec(seconds));
        threads[slot] = Thread.currentThread().toString();
        n.event(Names.SAY_AFTER, what + "   (on " + threads[slot] + ")");
    }

    /**
     * 1 s of work that checks nothing: what cancelling a CompletableFuture cannot reach. It
     * ends only once main has timed out and cancelled the futures (a hand-shake, so the order
     * is certain however late main runs); a cancel that did reach it would interrupt that wait.
     */
    private String work(String name, CountDownLatch futuresDone, CountDownLatch ended) {
        sleep(sec(1));
        try {
            if (!futuresDone.await(Math.max(5_000, sec(3).toMillis()), TimeUnit.MILLISECONDS)) {
                return name; // main never got there (cancelled run): not "ran to its end"
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // reached after all: not "ran to its end"
            return name;
        }
        n.event(name, "still ran to its end");
        ended.countDown();
        return name;
    }

    private static void join(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is cancelled; the executor's close sees it
        }
    }

    private Duration sec(double seedSeconds) {
        return Duration.ofNanos(Math.round(seedSeconds * timeScale * 1e9));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String since(long startNanos) {
        return AsyncioRun.secs(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
