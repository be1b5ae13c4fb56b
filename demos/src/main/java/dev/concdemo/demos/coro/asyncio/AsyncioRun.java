package dev.concdemo.demos.coro.asyncio;

import static dev.concdemo.demos.coro.asyncio.Async.await;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Seed 004's asyncio section in its order, each example a coroutine run by our own
 * {@link EventLoop} on this one thread: say_after in turn and as tasks, a coroutine object
 * never awaited, the seed's hello() that forgets its await, gather (and its exceptions),
 * run_in_executor, asyncio.run refused inside a loop, display_date, wait_for, shield; then the
 * loop's own calls ({@link LoopTour}), a call from another thread ({@link OtherThreadCalls}),
 * an update lost across an await ({@link LostUpdate}), and the same ideas in Java's futures
 * ({@link JavaFutures}).
 */
final class AsyncioRun {
    /** Each coroutine's increments in step 14, as in the CPython run it is set beside. */
    static final int LOST_UPDATE_INCREMENTS = 1_000;

    private static final DateTimeFormatter X = DateTimeFormatter.ofPattern("HH:mm:ss"); // Python's %X

    private final Narrator n;
    private final double timeScale;
    private final Set<String> loopThreads = new LinkedHashSet<>(); // every thread a coroutine line ran on
    private final List<String> neverAwaited = new ArrayList<>();
    private final List<String> factorialLines = new ArrayList<>();
    private final Texts texts = Texts.of(AsyncioRun.class); // made on the run's thread: its language
    private volatile String done = texts.format("soFar.none");
    private long callbacks;

    AsyncioRun(Narrator n, double timeScale) {
        this.n = n;
        this.timeScale = timeScale;
    }

    String soFar() {
        return done;
    }

    AsyncioReport run() throws InterruptedException {
        step("1");
        long sequentialMs = sayAfterInTurn();
        done = texts.format("soFar.first", sequentialMs);
        step("2");
        long tasksMs = sayAfterAsTasks();
        done = texts.format("soFar.second", sequentialMs, tasksMs);
        step("3");
        Nested nested = nestedRunsOnlyOnceAwaited();
        step("4");
        long helloMs = helloWithoutItsAwait();
        done(4);
        step("5");
        Gathered gathered = gatherInterleaves();
        done(5);
        step("6");
        GatherFailed failed = gatherPassesAnExceptionOn();
        done(6);
        step("7");
        Blocking blocking = blockingWorkOnAPoolOrInTheLoop();
        done(7);
        step("8");
        String refused = asyncioRunInsideARunningLoop();
        step("9");
        List<Double> loopTimes = displayDate();
        done(9);
        step("10");
        TimedOut timedOut = waitForCancelsAtTheAwait();
        done(10);
        step("11");
        Shielded shielded = shieldLetsTheTaskRunOn();
        done(11);
        step("12");
        LoopTour.Result tour = new LoopTour(n, timeScale).run();
        loopThreads.add(tour.loopThread());
        done(12);
        step("13");
        OtherThreadCalls.Result otherThread = new OtherThreadCalls(n, timeScale).run();
        done(13);
        step("14", LOST_UPDATE_INCREMENTS);
        LostUpdate.Result lostUpdate = new LostUpdate(n, LOST_UPDATE_INCREMENTS).run();
        done(14);
        step("15");
        JavaFutures.Result java = new JavaFutures(n, timeScale).run();
        done = texts.format("soFar.all", 15);
        return new AsyncioReport(
                Thread.currentThread().getName(),
                List.copyOf(loopThreads),
                callbacks,
                sequentialMs,
                tasksMs,
                nested.awaited(),
                nested.viaTask(),
                List.copyOf(neverAwaited),
                helloMs,
                List.copyOf(factorialLines.subList(0, 9)),
                gathered.results().stream().map(String::valueOf).toList(),
                gathered.ms(),
                failed.raised(),
                failed.raisedAtMs(),
                failed.othersRanOn(),
                failed.withExceptions(),
                blocking.executorThread(),
                blocking.ticksDuringExecutor(),
                blocking.longestGapBlockedMs(),
                refused,
                loopTimes.stream().map(t -> Math.round(t * 1000) / 1000.0).toList(),
                timedOut.ms(),
                timedOut.cancelledInside(),
                shielded.timedOutMs(),
                shielded.result(),
                shielded.ms(),
                tour,
                otherThread,
                lostUpdate,
                java);
    }

    // ---- the steps, one method each ----

    /** Step 1: say_after(1), then say_after(2), each awaited in turn: the sleeps add up. */
    private long sayAfterInTurn() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            long start = System.nanoTime();
            print("started at " + LocalTime.now().format(X));
            await(sayAfter(1, "hello"));
            await(sayAfter(2, "world"));
            print("finished at %s (%s)".formatted(LocalTime.now().format(X), since(start)));
            return ms(start);
        }));
    }

    /** Step 2: the same two as tasks: they sleep at once, the longer one is the time. */
    private long sayAfterAsTasks() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            Task<Void> task1 = Async.createTask(sayAfter(1, "hello"));
            Task<Void> task2 = Async.createTask(sayAfter(2, "world"));
            long start = System.nanoTime();
            print("started at " + LocalTime.now().format(X));
            await(task1);
            await(task2);
            print("finished at %s (%s)".formatted(LocalTime.now().format(X), since(start)));
            return ms(start);
        }));
    }

    /** What step 3 measured: nested()'s result awaited directly, and through a task. */
    private record Nested(int awaited, int viaTask) {}

    /** Step 3: calling nested() makes a coroutine object; its body runs only once awaited. */
    private Nested nestedRunsOnlyOnceAwaited() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            Coro<Integer> made = nested();
            print("nested() gave %s; its body ran: %b".formatted(made, made.started()));
            int awaited = await(nested());
            print("await nested() -> " + awaited);
            int viaTask = await(Async.createTask(nested()));
            print("await create_task(nested()) -> " + viaTask);
            return new Nested(awaited, viaTask);
        }));
    }

    /** Step 4: the notes' hello(), whose asyncio.sleep(1) is never awaited, so never sleeps. */
    private long helloWithoutItsAwait() throws InterruptedException {
        try (EventLoop loop = new EventLoop(n.trace())) {
            long helloMs = loop.runUntilComplete(Coro.of(Names.HELLO, () -> {
                long start = System.nanoTime();
                Async.sleep(sec(1)); // the seed's line: it makes a coroutine object and drops it
                print("HelloWorld! after %s: the sleep never ran".formatted(since(start)));
                return ms(start);
            }));
            closed(loop);
            return helloMs;
        }
    }

    /** What step 5 measured: gather's results in the order given, and how long it took. */
    private record Gathered(List<Object> results, long ms) {}

    /** Step 5: gather runs three factorials at once; their lines interleave. */
    private Gathered gatherInterleaves() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            long start = System.nanoTime();
            List<Object> r =
                    await(Async.gather(false, List.of(factorial("A", 2), factorial("B", 3), factorial("C", 4))));
            long ms = ms(start);
            print("gather -> %s in %s (one after another: 6 sleeps)".formatted(r, since(start)));
            return new Gathered(r, ms);
        }));
    }

    /** What step 6 measured. */
    private record GatherFailed(String raised, long raisedAtMs, boolean othersRanOn, List<String> withExceptions) {}

    /**
     * Step 6: with return_exceptions=False the first exception reaches gather's waiter at
     * once and the others run on; with True every result comes back, the exception among them.
     */
    private GatherFailed gatherPassesAnExceptionOn() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            long start = System.nanoTime();
            String raised = null;
            long raisedAtMs = 0;
            try {
                await(Async.gather(false, List.of(factorial("A", 2), failing(), factorial("B", 3))));
            } catch (IllegalArgumentException e) {
                raisedAtMs = ms(start);
                raised = "ValueError: " + e.getMessage();
                print("gather raised %s after %s; A and B are not cancelled".formatted(raised, since(start)));
            }
            int before = factorialLines.size();
            await(Async.sleep(sec(1.2)));
            boolean othersRanOn = factorialLines.size() > before;
            List<Object> all = await(Async.gather(true, List.of(factorial("A", 2), failing(), factorial("B", 3))));
            List<String> shown = all.stream()
                    .map(o -> o instanceof IllegalArgumentException e
                            ? "ValueError('" + e.getMessage() + "')"
                            : String.valueOf(o))
                    .toList();
            print("return_exceptions=True -> " + shown);
            return new GatherFailed(raised, raisedAtMs, othersRanOn, shown);
        }));
    }

    /** Step 7: blocking work through run_in_executor, then (wrongly) in the coroutine itself. */
    private Blocking blockingWorkOnAPoolOrInTheLoop() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(
                1, Thread.ofPlatform().name("asyncio-executor-", 1).daemon().factory());
        try {
            return asyncioRun(Coro.of(Names.MAIN, () -> blockingCalls(pool)));
        } finally {
            pool.shutdownNow(); // also when interrupted with the work still on it
        }
    }

    /** Step 8: asyncio.run() inside a running loop is refused; what the refusal said. */
    private String asyncioRunInsideARunningLoop() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            try {
                Async.run(nested());
                return "not refused";
            } catch (IllegalStateException e) {
                print("RuntimeError: " + e.getMessage());
                return e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }));
    }

    /** Step 9: the notes' display_date(): a line a second until loop.time() is 5 s on; when each came. */
    private List<Double> displayDate() throws InterruptedException {
        return asyncioRun(Coro.of(Names.DISPLAY_DATE, () -> {
            EventLoop loop = Async.loop();
            double endTime = loop.time() + 5.0 * timeScale;
            List<Double> at = new ArrayList<>();
            double first = loop.time();
            while (true) {
                at.add(loop.time() - first);
                print("%s  (loop.time() +%.2f)".formatted(LocalDateTime.now(), loop.time() - first));
                if (loop.time() + 1.0 * timeScale >= endTime) {
                    break;
                }
                await(Async.sleep(sec(1)));
            }
            return at;
        }));
    }

    /** What step 10 measured: when wait_for gave up, and whether the task saw CancelledError. */
    private record TimedOut(long ms, boolean cancelledInside) {}

    /** Step 10: wait_for(eternity(), timeout=1) cancels the task, which gets CancelledError at its await. */
    private TimedOut waitForCancelsAtTheAwait() throws InterruptedException {
        boolean[] cancelledInside = {false};
        long ms = asyncioRun(Coro.of(Names.MAIN, () -> {
            long start = System.nanoTime();
            Task<Void> task = Async.createTask(Coro.of(Names.ETERNITY, () -> {
                try {
                    await(Async.sleep(Duration.ofHours(1)));
                } catch (CancelledError e) {
                    cancelledInside[0] = true;
                    print("CancelledError raised at my await sleep(3600), after %s; cleaning up"
                            .formatted(since(start)));
                    throw e;
                }
                return null;
            }));
            try {
                Async.waitFor(task, sec(1));
            } catch (TimeoutError e) {
                print("TimeoutError after %s; the task is cancelled: %b".formatted(since(start), task.isCancelled()));
            }
            return ms(start);
        }));
        return new TimedOut(ms, cancelledInside[0]);
    }

    /** What step 11 measured: when wait_for timed out, and the shielded task's result and when it came. */
    private record Shielded(long timedOutMs, String result, long ms) {}

    /** Step 11: wait_for(shield(task), timeout=1) times out, and the task runs on to its result. */
    private Shielded shieldLetsTheTaskRunOn() throws InterruptedException {
        return asyncioRun(Coro.of(Names.MAIN, () -> {
            long start = System.nanoTime();
            Task<String> task = Async.createTask(Coro.of(Names.SLOW_OPERATION, () -> {
                await(Async.sleep(sec(2)));
                print("done, after %s".formatted(since(start)));
                return "the answer";
            }));
            long timedOutMs = 0;
            try {
                Async.waitFor(Async.shield(task), sec(1));
            } catch (TimeoutError e) {
                timedOutMs = ms(start);
                print("TimeoutError after %s; the task is cancelled: %b".formatted(since(start), task.isCancelled()));
            }
            String result = await(task);
            long ms = ms(start);
            print("await task -> '%s' after %s".formatted(result, since(start)));
            return new Shielded(timedOutMs, result, ms);
        }));
    }

    // ---- the seed's coroutines ----

    private Coro<Void> sayAfter(double seconds, String what) {
        return Coro.of(Names.SAY_AFTER, () -> {
            await(Async.sleep(sec(seconds)));
            print(what);
            return null;
        });
    }

    private static Coro<Integer> nested() {
        return Coro.of(Names.NESTED, () -> 42);
    }

    private Coro<Integer> factorial(String name, int number) {
        return Coro.of(Names.FACTORIAL, () -> {
            int f = 1;
            for (int i = 2; i <= number; i++) {
                factorialLine("Task %s: Compute factorial(%d)...".formatted(name, i));
                await(Async.sleep(sec(1)));
                f *= i;
            }
            factorialLine("Task %s: factorial(%d) = %d".formatted(name, number, f));
            return f;
        });
    }

    /** Ours, for gather's exceptions: fails after its first sleep. */
    private Coro<Integer> failing() {
        return Coro.of(Names.FAILING, () -> {
            await(Async.sleep(sec(1)));
            print("raises ValueError('bad input')");
            throw new IllegalArgumentException("bad input");
        });
    }

    /** What step 7 measured. */
    record Blocking(String executorThread, int ticksDuringExecutor, long longestGapBlockedMs) {}

    /** A ticker every 0.25 s beside 1 s of blocking work: on a pool thread, then (wrongly) in a coroutine. */
    private Blocking blockingCalls(ExecutorService pool) {
        Duration work = sec(1);
        List<Long> ticks = new ArrayList<>();
        boolean[] ticking = {true};
        Task<Void> ticker = Async.createTask(Coro.of(Names.TICKER, () -> {
            while (ticking[0]) {
                ticks.add(System.nanoTime());
                await(Async.sleep(sec(0.25)));
            }
            return null;
        }));
        String[] ranOn = {""};
        long poolStart = System.nanoTime();
        print("await loop.run_in_executor(pool, blocking_io): sleeps %s on a pool thread".formatted(secs(work)));
        await(Async.runInExecutor(pool, () -> {
            ranOn[0] = Thread.currentThread().getName();
            Thread.sleep(work);
            return null;
        }));
        int during = (int) ticks.stream().filter(t -> t > poolStart).count();
        print("back after %s; blocking_io ran on %s; the ticker ticked %d times meanwhile"
                .formatted(since(poolStart), ranOn[0], during));
        int before = ticks.size();
        long start = System.nanoTime();
        print("BROKEN: Thread.sleep(%s) called in the coroutine itself".formatted(secs(work)));
        sleepBlocking(work); // BROKEN: blocks the loop's one thread; no callback, no other task runs
        long blockedEnd = System.nanoTime();
        await(Async.sleep(sec(0.3)));
        ticking[0] = false;
        await(ticker);
        long gap = 0;
        for (int i = Math.max(1, before); i < ticks.size(); i++) {
            gap = Math.max(gap, ticks.get(i) - ticks.get(i - 1));
        }
        int meanwhile =
                (int) ticks.stream().filter(t -> t > start && t < blockedEnd).count();
        print("blocked %s; the ticker ticked %d times meanwhile, its longest gap %d ms"
                .formatted(since(start), meanwhile, gap / 1_000_000));
        return new Blocking(ranOn[0], during, gap / 1_000_000);
    }

    private static void sleepBlocking(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the loop sees the flag at its next turn
        }
    }

    // ---- running and narrating ----

    /** asyncio.run(main): a fresh loop on this thread, run until main is done, closed. */
    private <T> T asyncioRun(Coro<T> main) throws InterruptedException {
        try (EventLoop loop = new EventLoop(n.trace())) {
            T result = loop.runUntilComplete(main);
            closed(loop);
            return result;
        }
    }

    private void closed(EventLoop loop) {
        callbacks += loop.callbacks();
        loop.callbackErrors().forEach(e -> n.event(Names.LOOP, "Exception in callback: " + e));
        for (String name : loop.neverAwaited()) {
            neverAwaited.add(name);
            n.event(Names.LOOP, "RuntimeWarning: coroutine '%s' was never awaited (Python's warning)".formatted(name));
        }
    }

    private void factorialLine(String line) {
        factorialLines.add(line);
        print(line);
    }

    /** A line from the running coroutine, labelled with its name; records the thread it ran on. */
    private void print(String text) {
        loopThreads.add(Thread.currentThread().getName());
        Task<?> task = EventLoop.running() == null ? null : EventLoop.running().currentTask();
        n.event(task == null ? Names.LOOP : task.coro.name, text);
    }

    private Duration sec(double seedSeconds) {
        return Duration.ofNanos(Math.round(seedSeconds * timeScale * 1e9));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String since(long startNanos) {
        return secs(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private void done(int steps) {
        done = texts.format("soFar.steps", steps);
    }

    private void step(String key, Object... args) {
        n.step(AsyncioRun.class, key, args);
    }
}
