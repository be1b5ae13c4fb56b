package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Poll;
import java.time.Duration;
import java.util.Locale;

/**
 * A callback handed to a running loop from another thread, three ways. A loop is only safe
 * to touch from its own thread; the notes (004, 调度回调) say call_soon_threadsafe must be
 * used from another thread, and here is why. Each time the loop has nothing due and is
 * parked when the other thread, asyncio-other, calls:
 *
 * <ul>
 *   <li>plain {@code call_soon}, asyncio's normal mode: accepted without a word, and nobody
 *       wakes the loop; the callback waits until something else wakes it (here, after a
 *       pause, a call_soon_threadsafe of the other thread's; with nothing, it would wait for ever);
 *   <li>plain {@code call_soon}, debug mode: refused with asyncio's RuntimeError;
 *   <li>{@code call_soon_threadsafe}: accepted and the loop woken at once.
 * </ul>
 *
 * The other thread waits until the loop is parked (a state it can see, not a head start), so
 * a loop that happened to be awake cannot pick the plain call up by chance.
 */
final class OtherThreadCalls {
    /**
     * What each way did.
     *
     * @param pauseMs how long asyncio-other waited, after the plain call_soon, before waking the loop
     * @param normalAccepted whether plain call_soon in normal mode raised nothing
     * @param normalRanAfterMs from that call to its callback running; -1 if it never ran
     * @param normalRanOnlyOnceWoken whether it ran only after the loop was woken for something else
     * @param debugRefused what plain call_soon got in debug mode; null if it was accepted
     * @param threadsafeRanAfterMs from call_soon_threadsafe to its callback running; -1 if never
     */
    record Result(
            long pauseMs,
            boolean normalAccepted,
            double normalRanAfterMs,
            boolean normalRanOnlyOnceWoken,
            String debugRefused,
            double threadsafeRanAfterMs) {}

    /** How long the other thread waits at most for the loop to park (it has nothing due: at once). */
    private static final Duration PARKS_WITHIN = Duration.ofSeconds(10);

    /** How long the other thread waits before it wakes the loop, before --time-scale. */
    static final Duration PAUSE = Duration.ofMillis(500);

    /** How one way went; times from System.nanoTime, 0 if it did not happen. */
    private record Way(boolean accepted, String refused, long handedInNanos, long ranNanos, long wakeNanos) {
        double ranAfterMs() {
            return ranNanos == 0 ? -1 : Math.round((ranNanos - handedInNanos) / 1e4) / 100.0;
        }
    }

    private final Narrator n;
    private final Duration pause;

    OtherThreadCalls(Narrator n, double timeScale) {
        this.n = n;
        this.pause = Duration.ofNanos(Math.round(PAUSE.toNanos() * timeScale));
    }

    Result run() throws InterruptedException {
        n.event(
                Names.LOOP,
                "ours, like asyncio: another thread's call_soon is accepted and wakes nobody (normal mode),"
                        + " or refused (debug mode)");
        Way normal = once(false, false);
        Way debug = once(true, false);
        Way threadsafe = once(false, true);
        return new Result(
                pause.toMillis(),
                normal.accepted,
                normal.ranAfterMs(),
                normal.ranNanos != 0 && normal.wakeNanos != 0 && normal.ranNanos >= normal.wakeNanos,
                debug.refused,
                threadsafe.ranAfterMs());
    }

    /** One loop with nothing due, one call from asyncio-other once the loop is parked. */
    private Way once(boolean debugMode, boolean threadsafe) throws InterruptedException {
        String call = threadsafe ? "call_soon_threadsafe" : "call_soon";
        long[] handedIn = {0};
        long[] ran = {0};
        long[] wake = {0};
        boolean[] accepted = {false};
        String[] refused = {null};
        Thread[] other = {null};
        try (EventLoop loop = new EventLoop(n.trace(), debugMode)) {
            loop.callSoon(() -> {
                n.event(
                        Names.LOOP,
                        "%s, %s: nothing is due, so the loop parks"
                                .formatted(
                                        debugMode ? "debug mode (asyncio.run(main(), debug=True))" : "normal mode",
                                        call));
                other[0] = Thread.ofPlatform().name(Names.OTHER_THREAD).start(() -> {
                    try {
                        // until the loop parks: a state it can see, not a head start
                        if (!Poll.until(PARKS_WITHIN, loop::parked)) {
                            loop.callSoonThreadsafe(loop::stop); // never parked: nothing to show
                            return;
                        }
                        handedIn[0] = System.nanoTime();
                        Runnable callback = () -> {
                            ran[0] = System.nanoTime();
                            n.event(
                                    Names.LOOP,
                                    "%s's callback runs, %s after the call%s"
                                            .formatted(
                                                    call,
                                                    millis(ran[0] - handedIn[0]),
                                                    wake[0] != 0 && ran[0] >= wake[0]
                                                            ? ": only now the loop is woken"
                                                            : ""));
                            loop.stop();
                        };
                        try {
                            if (threadsafe) {
                                n.event(
                                        Names.OTHER_THREAD,
                                        "call_soon_threadsafe(callback): hands it in, wakes the loop");
                                loop.callSoonThreadsafe(callback);
                            } else {
                                loop.callSoon(callback);
                                n.event(
                                        Names.OTHER_THREAD,
                                        "call_soon(callback): accepted, no error; nobody wakes the loop");
                            }
                            accepted[0] = true;
                        } catch (IllegalStateException e) {
                            refused[0] = e.getMessage();
                            n.event(Names.OTHER_THREAD, "call_soon(callback): RuntimeError: " + e.getMessage());
                            loop.callSoonThreadsafe(loop::stop); // the right way, to end this loop
                            return;
                        }
                        if (!threadsafe) {
                            Thread.sleep(pause); // the loop sleeps on: nothing wakes it
                            n.event(
                                    Names.OTHER_THREAD,
                                    "%s later: call_soon_threadsafe(something else), which wakes the loop"
                                            .formatted(millis(pause.toNanos())));
                            wake[0] = System.nanoTime();
                            loop.callSoonThreadsafe(() -> {});
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the loop ended early (cancelled): nothing more to hand in
                    }
                });
            });
            try {
                loop.runForever();
            } finally {
                if (other[0] != null) {
                    other[0].interrupt();
                    other[0].join();
                }
            }
        }
        return new Way(accepted[0], refused[0], handedIn[0], ran[0], wake[0]);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
