package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

/**
 * asyncio (seed 004, asyncio异步I/O): the seed's examples in order, on an event loop of our
 * own (ready queue, timer heap, call_soon_threadsafe) running every coroutine on one thread;
 * the coroutines are the JDK's internal continuations (jdk.internal.vm.Continuation, the
 * mechanism under virtual threads; labelled so in the output). Then the same in Java's
 * CompletableFuture, and where it differs: cancelling does not reach the work.
 *
 * <p>Try: {@code concdemo asyncio --time-scale 0.2}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "004 asyncio异步I/O")
@Command(
        name = "asyncio",
        mixinStandardHelpOptions = true,
        description = {
            "say_after: 3 s in turn, 2 s as tasks; gather, wait_for, shield; a loop on one thread.",
            "",
            "Seed 004's examples in its order, each an async function run by a small event loop of our own (a ready"
                    + " queue, a timer heap, call_soon, call_later, call_soon_threadsafe, run_forever, stop) on ONE"
                    + " thread: sleeps are timers, never a blocked thread. The coroutines under it are the JDK's"
                    + " jdk.internal.vm.Continuation (an internal API). Then the same ideas in CompletableFuture on"
                    + " virtual threads, where cancelling a future does not stop its work.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo asyncio --time-scale 0.2", "  concdemo asyncio --json"})
public final class AsyncioDemo extends ScenarioCommand<Record> {
    /** The notes' sleeps over all fifteen steps, about: before --time-scale. */
    static final Duration ABOUT = Duration.ofMillis(25_500);

    private final TimeScaleOption time = new TimeScaleOption();

    public AsyncioDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
        Narrator n = session.narrator(common, 14);
        n.say(Texts.of(AsyncioDemo.class)
                .format("heading", Thread.currentThread().getName()));
        Duration about = time.scaled(ABOUT);
        AsyncioReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(about))) {
            AsyncioRun run = new AsyncioRun(n, time.timeScale());
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            n.sayPlain("");
            Texts texts = Texts.of(AsyncioDemo.class);
            n.sayPlain(Width.fill(texts.format(
                    "summary",
                    String.join(", ", r.coroutineThreads()),
                    r.callbacks(),
                    secs(r.sequentialMs()),
                    secs(r.tasksMs()),
                    r.nestedAwaited(),
                    String.join(", ", r.neverAwaited()),
                    secs(r.gatherMs()),
                    secs(r.gatherRaisedAtMs()),
                    texts.format(r.othersRanOn() ? "othersRan" : "othersStopped"),
                    r.ticksDuringExecutor(),
                    r.longestGapBlockedMs(),
                    secs(r.waitForMs()),
                    texts.format(r.cancelledInside() ? "cancelInside" : "cancelNever"),
                    r.shieldedResult(),
                    secs(r.shieldedMs()),
                    r.loop().order().size(),
                    r.loop().loopThread(),
                    r.loop().loopCpuMs(),
                    r.loop().runForeverMs(),
                    r.loop().threadsafeWakeUpMicros(),
                    secs(r.java().tasksMs()),
                    texts.format(r.java().worksRanToTheirEnd() ? "ranAnyway" : "stopped"))));
            n.sayPlain("");
            n.sayPlain(Width.fill(
                    otherThread(texts, r.otherThread()) + Texts.between() + lostUpdate(texts, r.lostUpdate())));
        });
        return ExitCode.OK;
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
    private static String secs(long ms) {
        return Texts.of(AsyncioDemo.class).format("seconds", ms / 1e3);
    }
}
