package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/** The closing summary of an asyncio run: what each step measured, and what it shows. */
final class AsyncioSummary {
    private AsyncioSummary() {}

    static void print(Narrator n, AsyncioReport r) {
        Texts texts = Texts.of(AsyncioSummary.class);
        n.sayPlain("");
        n.sayPlain(Width.fill(texts.format(
                "summary",
                String.join(", ", r.coroutineThreads()),
                r.callbacks(),
                secs(texts, r.sequentialMs()),
                secs(texts, r.tasksMs()),
                r.nestedAwaited(),
                String.join(", ", r.neverAwaited()),
                secs(texts, r.gatherMs()),
                secs(texts, r.gatherRaisedAtMs()),
                texts.format(r.othersRanOn() ? "othersRan" : "othersStopped"),
                texts.count("ticks", r.ticksDuringExecutor()),
                r.longestGapBlockedMs(),
                secs(texts, r.waitForMs()),
                texts.format(r.cancelledInside() ? "cancelInside" : "cancelNever"),
                r.shieldedResult(),
                secs(texts, r.shieldedMs()),
                r.loop().order().size(),
                r.loop().loopThread(),
                r.loop().loopCpuMs(),
                r.loop().runForeverMs(),
                wokeIn(texts, r.loop()),
                secs(texts, r.java().tasksMs()),
                texts.format(r.java().worksRanToTheirEnd() ? "ranAnyway" : "stopped"))));
        n.sayPlain("");
        n.sayPlain(
                Width.fill(otherThread(texts, r.otherThread()) + Texts.between() + lostUpdate(texts, r.lostUpdate())));
    }

    /**
     * Step 12's other thread: how soon its call_soon_threadsafe woke the loop, or that it got
     * no turn before the loop stopped.
     */
    static String wokeIn(Texts texts, LoopTour.Result tour) {
        return tour.threadsafeRan()
                ? texts.format("wokeIn", tour.threadsafeWakeUpMicros())
                : texts.format("neverGotIn");
    }

    /** Step 13's sentence: the expected outcome, or plainly what happened instead. */
    static String otherThread(Texts texts, OtherThreadCalls.Result o) {
        if (o.normalAccepted()
                && o.normalRanOnlyOnceWoken()
                && o.debugRefused() != null
                && o.threadsafeRanAfterMs() >= 0) {
            return texts.format("otherThread.silent", o.normalRanAfterMs(), o.threadsafeRanAfterMs());
        }
        return texts.format(
                "otherThread.other",
                texts.format(o.normalAccepted() ? "accepted" : "refusedWord"),
                o.normalRanAfterMs(),
                texts.format(o.debugRefused() == null ? "accepted" : "refusedWord"),
                o.threadsafeRanAfterMs());
    }

    /** Step 14's sentence: the claim's limit when the counts show it, else just the counts. */
    static String lostUpdate(Texts texts, LostUpdate.Result u) {
        int all = 2 * u.increments();
        int lost = all - u.acrossAwait();
        if (lost > 0 && u.noAwaitBetween() == all && u.lockHeld() == all) {
            String cpython = lost == LostUpdate.CPYTHON_LOST
                    ? texts.format("asCPython")
                    : texts.format("unlikeCPython", LostUpdate.CPYTHON_LOST);
            return texts.format("lostUpdate.lost", lost, all, cpython, all - u.noAwaitBetween(), all - u.lockHeld());
        }
        return texts.format("lostUpdate.other", all, lost, all - u.noAwaitBetween(), all - u.lockHeld());
    }

    /** Milliseconds as seconds, in the run's language ("1.20 s", "1.20 秒"). */
    static String secs(Texts texts, long ms) {
        return texts.format("seconds", ms / 1e3);
    }
}
