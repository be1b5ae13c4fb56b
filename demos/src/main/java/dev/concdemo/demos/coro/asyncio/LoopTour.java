package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Percentiles;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The loop's own calls, with no coroutine in sight: two call_soon, two call_later (0.2 s,
 * and 0.3 s which stops the loop), all scheduled before run_forever, and one
 * call_soon_threadsafe from another thread once call_soon #2 has run (a hand-shake, not a
 * head start: its callback can only run after #2). They run in that order, each on the
 * loop's thread; the loop parks between them (its CPU time shows it), and the other
 * thread's call wakes it at once. (A plain call_soon from that thread: {@link OtherThreadCalls}.)
 */
final class LoopTour {
    /**
     * @param order the callbacks, in the order they ran
     * @param loopThread the thread that ran every one of them
     * @param threadsafeWakeUpMicros from call_soon_threadsafe to its callback running, the median of 21
     *     (of those that ran before the loop stopped; 0 if none did)
     * @param loopCpuMs CPU the loop's thread used during run_forever
     * @param runForeverMs how long run_forever ran
     */
    record Result(
            List<String> order,
            String loopThread,
            long callbacks,
            long iterations,
            double threadsafeWakeUpMicros,
            double loopCpuMs,
            long runForeverMs) {
        /** Whether the other thread's call_soon_threadsafe got in before the loop stopped. */
        boolean threadsafeRan() {
            return order.contains(THREADSAFE);
        }
    }

    /** The other thread's callback, as the order lists it. */
    static final String THREADSAFE = "call_soon_threadsafe from " + Names.OTHER_THREAD;

    /** call_soon_threadsafe hand-ins timed; the median is reported. */
    private static final int HANDOFFS = 21;

    private final Narrator n;
    private final double timeScale;

    LoopTour(Narrator n, double timeScale) {
        this.n = n;
        this.timeScale = timeScale;
    }

    Result run() throws InterruptedException {
        List<String> order = new ArrayList<>();
        String[] ranOn = {null};
        long[] handedIn = new long[HANDOFFS];
        long[] wakeUp = new long[HANDOFFS];
        Thread[] other = {null};
        CountDownLatch secondRan = new CountDownLatch(1); // the hand-shake: asyncio-other waits for #2
        cpuNanos(); // its first call loads the MXBean (tens of ms): before the timers start, not after
        try (EventLoop loop = new EventLoop(n.trace())) {
            loop.callLater(
                    sec(0.2), () -> ran(loop, order, ranOn, "call_later(%s)".formatted(AsyncioRun.secs(sec(0.2)))));
            loop.callSoon(() -> {
                ran(loop, order, ranOn, "call_soon #1");
                other[0] = Thread.ofPlatform()
                        .name(Names.OTHER_THREAD)
                        .start(() -> fromOtherThread(loop, secondRan, handedIn, wakeUp, order, ranOn));
            });
            loop.callSoon(() -> {
                ran(loop, order, ranOn, "call_soon #2");
                secondRan.countDown();
            });
            loop.callLater(sec(0.3), () -> {
                ran(loop, order, ranOn, "call_later(%s) calls loop.stop()".formatted(AsyncioRun.secs(sec(0.3))));
                loop.stop();
            });
            long cpuBefore = cpuNanos();
            long start = System.nanoTime();
            try {
                loop.runForever();
            } finally {
                if (other[0] != null) {
                    other[0].interrupt();
                    other[0].join();
                }
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            double cpuMs = (cpuNanos() - cpuBefore) / 1e6;
            double wakeUpMicros = medianMicros(handedIn, wakeUp);
            n.event(
                    Names.LOOP,
                    "run_forever: %d ms, %d iterations, %d callbacks, %.1f ms of CPU: it parks between them"
                            .formatted(wall, loop.iterations(), loop.callbacks(), cpuMs));
            return new Result(
                    List.copyOf(order),
                    ranOn[0],
                    loop.callbacks(),
                    loop.iterations(),
                    Math.round(wakeUpMicros * 10) / 10.0,
                    Math.round(cpuMs * 100) / 100.0,
                    wall);
        }
    }

    /**
     * On asyncio-other, once call_soon #2 has run: call_soon_threadsafe (shown), then {@code HANDOFFS - 1} more, each once the one before has run (not shown:
     * they time the wake-up of a parked loop once the code involved is warm).
     */
    private void fromOtherThread(
            EventLoop loop,
            CountDownLatch secondRan,
            long[] handedIn,
            long[] wakeUp,
            List<String> order,
            String[] ranOn) {
        try {
            secondRan.await();
            Semaphore ran = new Semaphore(0);
            for (int i = 0; i < HANDOFFS; i++) {
                int k = i;
                handedIn[k] = System.nanoTime();
                loop.callSoonThreadsafe(() -> {
                    wakeUp[k] = System.nanoTime();
                    if (k == 0) {
                        ran(loop, order, ranOn, THREADSAFE);
                    }
                    ran.release();
                });
                if (!ran.tryAcquire(1, TimeUnit.SECONDS)) {
                    return; // the loop has stopped
                }
                Thread.sleep(1); // lets the loop park again
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the loop ended early (cancelled): nothing more to hand in
        }
    }

    /** The median time from handing a callback in to its running, in µs to 0.1; 0 if none ran. */
    private static double medianMicros(long[] handedIn, long[] wakeUp) {
        long[] d = java.util.stream.IntStream.range(0, handedIn.length)
                .filter(i -> wakeUp[i] != 0)
                .mapToLong(i -> wakeUp[i] - handedIn[i])
                .toArray();
        return d.length == 0 ? 0 : Math.round(Percentiles.median(d) / 100.0) / 10.0;
    }

    private void ran(EventLoop loop, List<String> order, String[] ranOn, String what) {
        String thread = Thread.currentThread().getName();
        if (ranOn[0] == null) {
            ranOn[0] = thread;
        } else if (!ranOn[0].equals(thread)) {
            ranOn[0] = ranOn[0] + "," + thread; // would show a second thread; never happens
        }
        order.add(what);
        n.event(Names.LOOP, String.format(Locale.ROOT, "%-40s on %s, loop.time() %.3f", what, thread, loop.time()));
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private Duration sec(double seedSeconds) {
        return Duration.ofNanos(Math.round(seedSeconds * timeScale * 1e9));
    }
}
