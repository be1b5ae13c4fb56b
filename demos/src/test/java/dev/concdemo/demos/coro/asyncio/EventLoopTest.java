package dev.concdemo.demos.coro.asyncio;

import static dev.concdemo.demos.coro.asyncio.Async.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Our event loop keeps asyncio's rules: order, one thread, timers not threads, cancellation at an await. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventLoopTest {
    private static final Duration MS_50 = Duration.ofMillis(50);

    private static <T> T run(Coro<T> main) throws InterruptedException {
        try (EventLoop loop = new EventLoop(Trace.off())) {
            return loop.runUntilComplete(main);
        }
    }

    @Test
    void callSoonIsFifoTimersRunByDueTimeThenByOrderAndWhatACallbackSchedulesWaitsATurn() throws Exception {
        List<String> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop(Trace.off())) {
            loop.callLater(Duration.ofMillis(40), () -> order.add("later 40 a"));
            loop.callLater(Duration.ofMillis(20), () -> order.add("later 20"));
            loop.callLater(Duration.ofMillis(40), () -> order.add("later 40 b"));
            loop.callLater(Duration.ofMillis(60), loop::stop);
            loop.callSoon(() -> {
                order.add("soon 1");
                loop.callSoon(() -> order.add("soon 3, scheduled by soon 1"));
            });
            loop.callSoon(() -> order.add("soon 2"));
            EventLoop.TimerHandle cancelled = loop.callLater(Duration.ofMillis(10), () -> order.add("cancelled"));
            cancelled.cancel();
            loop.runForever();
        }
        assertEquals(
                List.of("soon 1", "soon 2", "soon 3, scheduled by soon 1", "later 20", "later 40 a", "later 40 b"),
                order);
    }

    @Test
    void everyCoroutineStepAndCallbackRunsOnTheLoopsThreadAndOnlyExecutorWorkLeavesIt() throws Exception {
        Set<String> coroutineThreads = new TreeSet<>();
        String[] workThread = {null};
        try (ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-executor"))) {
            run(Coro.of("main", () -> {
                List<Task<Integer>> tasks = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int k = i;
                    tasks.add(Async.createTask(Coro.of("t" + k, () -> {
                        for (int step = 0; step < 3; step++) {
                            coroutineThreads.add(Thread.currentThread().getName());
                            await(Async.sleep(Duration.ofMillis(5 + k)));
                        }
                        coroutineThreads.add(Thread.currentThread().getName());
                        return k;
                    })));
                }
                await(Async.runInExecutor(
                        pool, () -> workThread[0] = Thread.currentThread().getName()));
                coroutineThreads.add(Thread.currentThread().getName());
                for (Task<Integer> t : tasks) {
                    await(t);
                }
                coroutineThreads.add(Thread.currentThread().getName());
                return null;
            }));
        }
        assertEquals(Set.of(Thread.currentThread().getName()), coroutineThreads);
        assertEquals("test-executor", workThread[0]);
    }

    @Test
    void sleepsAreTimersSoTenTasksSleeping200MsTakeAbout200MsOnOneThread() throws Exception {
        long start = System.nanoTime();
        int threadsBefore = Thread.activeCount();
        int[] threadsDuring = {0};
        run(Coro.of("main", () -> {
            List<Task<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                tasks.add(Async.createTask(Async.sleep(Duration.ofMillis(200))));
            }
            threadsDuring[0] = Thread.activeCount();
            tasks.forEach(Async::await);
            return null;
        }));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_000, "ten 200 ms sleeps overlapped, not 2 s: " + ms + " ms");
        assertTrue(threadsDuring[0] <= threadsBefore, "no thread was started for them");
    }

    @Test
    void callSoonThreadsafeWakesAParkedLoopAtOnceAndPlainCallSoonFromAnotherThreadIsRefusedInDebugMode()
            throws Exception {
        long[] latencies = new long[5];
        String[] refused = {null};
        try (EventLoop loop = new EventLoop(Trace.off(), true)) {
            Thread other = Thread.ofPlatform().unstarted(() -> {
                try {
                    for (int i = 0; i < latencies.length; i++) {
                        Thread.sleep(30); // the loop, with nothing due for 10 s, is parked
                        long handedIn = System.nanoTime();
                        int k = i;
                        loop.callSoonThreadsafe(() -> latencies[k] = System.nanoTime() - handedIn);
                    }
                    Thread.sleep(30);
                    try {
                        loop.callSoon(() -> {});
                    } catch (IllegalStateException e) {
                        refused[0] = e.getMessage();
                    }
                    loop.callSoonThreadsafe(loop::stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            loop.callSoon(other::start);
            loop.callLater(Duration.ofSeconds(10), loop::stop); // were nothing to wake it, it would stop here
            loop.runForever();
            other.join();
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        assertTrue(
                sorted[2] < TimeUnit.MILLISECONDS.toNanos(50),
                "woken by the hand-in, not by the next timer: " + Arrays.toString(latencies));
        assertTrue(refused[0] != null && refused[0].contains("Non-thread-safe"), String.valueOf(refused[0]));
    }

    @Test
    void inNormalModeAPlainCallSoonFromAnotherThreadIsAcceptedAndWaitsUntilSomethingElseWakesTheLoop()
            throws Exception {
        java.util.concurrent.atomic.AtomicLong ran = new java.util.concurrent.atomic.AtomicLong();
        long[] woke = {0};
        boolean[] ranBeforeTheWake = {false};
        Throwable[] failed = {null};
        try (EventLoop loop = new EventLoop(Trace.off())) {
            Thread other = Thread.ofPlatform().unstarted(() -> {
                try {
                    while (!loop.parked()) {
                        Thread.sleep(1);
                    }
                    loop.callSoon(
                            () -> { // accepted: no exception
                                ran.set(System.nanoTime());
                                loop.stop();
                            });
                    Thread.sleep(200); // nothing is due and nobody woke the loop: it must not run meanwhile
                    ranBeforeTheWake[0] = ran.get() != 0;
                    woke[0] = System.nanoTime();
                    loop.callSoonThreadsafe(() -> {});
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failed[0] = e;
                    loop.callSoonThreadsafe(loop::stop);
                }
            });
            loop.callSoon(other::start);
            loop.runForever(); // no timer: only the other thread can end it
            other.join();
        }
        assertEquals(null, failed[0], "normal mode does not refuse it");
        assertFalse(ranBeforeTheWake[0], "the plain call_soon did not wake the parked loop");
        assertTrue(ran.get() != 0 && ran.get() >= woke[0], "it ran only once the loop was woken for something else");
    }

    @Test
    void aPlainCallLaterFromAnotherThreadIsRefusedInDebugModeAndInNormalModeKeepsItsDueTime() throws Exception {
        try (EventLoop debug = new EventLoop(Trace.off(), true)) {
            String[] refused = {null};
            Thread other = Thread.ofPlatform().unstarted(() -> {
                try {
                    debug.callLater(MS_50, () -> {});
                } catch (IllegalStateException e) {
                    refused[0] = e.getMessage();
                }
                debug.callSoonThreadsafe(debug::stop);
            });
            debug.callSoon(other::start);
            debug.runForever();
            other.join();
            assertEquals(EventLoop.NOT_THREAD_SAFE, refused[0]);
        }
        try (EventLoop normal = new EventLoop(Trace.off())) {
            long[] handedIn = {0};
            long[] ran = {0};
            Thread other = Thread.ofPlatform().unstarted(() -> {
                handedIn[0] = System.nanoTime();
                normal.callLater(MS_50, () -> {
                    ran[0] = System.nanoTime();
                    normal.stop();
                });
                normal.callSoonThreadsafe(() -> {}); // wakes the loop, which then takes the timer in
            });
            normal.callSoon(other::start);
            normal.runForever();
            other.join();
            assertTrue(ran[0] - handedIn[0] >= MS_50.toNanos(), "never before its time");
        }
    }

    @Test
    void runUntilCompleteGivesTheResultOrTheExceptionAndAsyncioRunIsRefusedInsideARunningLoop() throws Exception {
        assertEquals(42, Async.run(Coro.of("nested", () -> 42)));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Async.run(Coro.of("bad", () -> {
                    await(Async.sleep(Duration.ofMillis(1)));
                    throw new IllegalArgumentException("bad input");
                })));
        assertEquals("bad input", e.getMessage());
        String refused = Async.run(Coro.of("main", () -> {
            try {
                Async.run(Coro.of("inner", () -> 1));
                return "not refused";
            } catch (IllegalStateException | InterruptedException x) {
                return x.getMessage();
            }
        }));
        assertEquals("asyncio.run() cannot be called from a running event loop", refused);
    }

    @Test
    void aCoroutineObjectRunsOnlyWhenAwaitedOnlyOnceAndTheLoopNamesTheOnesNeverAwaited() throws Exception {
        try (EventLoop loop = new EventLoop(Trace.off())) {
            String reuse = loop.runUntilComplete(Coro.of("main", () -> {
                Coro<Integer> made = Coro.of("nested", () -> 42);
                Coro<Void> dropped = Async.sleep(Duration.ofSeconds(5)); // the seed's missing await
                assertFalse(made.started() || dropped.started());
                assertEquals(42, await(made));
                try {
                    await(made);
                    return "reused";
                } catch (IllegalStateException x) {
                    return x.getMessage();
                }
            }));
            assertEquals("cannot reuse already awaited coroutine nested()", reuse);
            assertEquals(List.of("sleep"), loop.neverAwaited());
        }
    }

    @Test
    void cancelRaisesInsideTheTaskAtItsAwaitAndATaskCancelledBeforeItStartsNeverRuns() throws Exception {
        List<String> seen = new ArrayList<>();
        run(Coro.of("main", () -> {
            Task<Void> sleeper = Async.createTask(Coro.of("sleeper", () -> {
                try {
                    await(Async.sleep(Duration.ofHours(1)));
                    seen.add("woke");
                } catch (CancelledError e) {
                    seen.add("CancelledError at await");
                    throw e;
                }
                return null;
            }));
            Task<Void> never = Async.createTask(Coro.of("never", () -> {
                seen.add("never ran, yet ran");
                return null;
            }));
            assertTrue(never.cancel()); // before its first step
            await(Async.sleep(Duration.ofMillis(20)));
            assertTrue(sleeper.cancel());
            assertThrows(CancelledError.class, () -> await(sleeper));
            assertTrue(sleeper.isCancelled() && never.isCancelled());
            return null;
        }));
        assertEquals(List.of("CancelledError at await"), seen);
    }

    @Test
    void waitForTimesOutAndCancelsButAShieldedTaskRunsOnToItsResult() throws Exception {
        Object[] r = run(Coro.of("main", () -> {
            Task<String> slow = Async.createTask(Coro.of("slow", () -> {
                await(Async.sleep(Duration.ofMillis(150)));
                return "the answer";
            }));
            String first;
            try {
                Async.waitFor(Async.shield(slow), MS_50);
                first = "no timeout";
            } catch (TimeoutError e) {
                first = "timeout";
            }
            boolean cancelledAfterTimeout = slow.isCancelled();
            Task<String> unshielded = Async.createTask(Coro.of("slow2", () -> {
                await(Async.sleep(Duration.ofMillis(150)));
                return "too late";
            }));
            String second;
            try {
                Async.waitFor(unshielded, MS_50);
                second = "no timeout";
            } catch (TimeoutError e) {
                second = "timeout";
            }
            return new Object[] {first, cancelledAfterTimeout, await(slow), second, unshielded.isCancelled()};
        }));
        assertEquals(List.of("timeout", false, "the answer", "timeout", true), Arrays.asList(r));
    }

    @Test
    void gatherPassesTheFirstExceptionOnAtOnceWithoutCancellingTheOthersOrCollectsThemAll() throws Exception {
        List<String> finished = new ArrayList<>();
        Object[] r = run(Coro.of("main", () -> {
            // ok ends only once main has caught the exception (a hand-shake, not a longer sleep),
            // so "not done when gather raised" holds however late the loop wakes.
            LoopFuture<Void> released = new LoopFuture<>(Async.loop());
            Coro<Integer> slowOk = Coro.of("ok", () -> {
                await(Async.sleep(Duration.ofMillis(80)));
                await(released);
                finished.add("ok");
                return 1;
            });
            Coro<Integer> failsFast = Coro.of("fails", () -> {
                await(Async.sleep(Duration.ofMillis(10)));
                throw new IllegalArgumentException("bad");
            });
            String raised;
            try {
                await(Async.gather(false, List.of(slowOk, failsFast)));
                raised = "nothing";
            } catch (IllegalArgumentException e) {
                raised = e.getMessage();
            }
            boolean okDoneWhenRaised = !finished.isEmpty();
            released.setResult(null);
            await(Async.sleep(Duration.ofMillis(120))); // ok, woken now, runs before this timer's callback
            List<Object> all = await(Async.gather(true, List.of(Coro.of("one", () -> 1), Coro.of("boom", () -> {
                throw new IllegalStateException("boom");
            }))));
            return new Object[] {
                raised,
                okDoneWhenRaised,
                List.copyOf(finished),
                all.get(0),
                all.get(1).toString()
            };
        }));
        assertEquals(
                List.of("bad", false, List.of("ok"), 1, "java.lang.IllegalStateException: boom"), Arrays.asList(r));
    }
}
