package dev.concdemo.demos.coro.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each claim of the asyncio scenario, from one run at --time-scale 0.3 (a seed second is 300 ms). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncioDemoTest {
    private static final double S = 300; // one seed second, in ms

    @Test
    void theSeedsExamplesBehaveAsAsyncioSaysOnOneThreadAndJavasFuturesLeaveCancelledWorkRunning() throws Exception {
        JsonNode r = new CommandUnderTest(AsyncioDemo::new).json("--time-scale", "0.3", "--json");
        assertEquals("asyncio", r.get("scenario").asText(), "the head names the scenario");
        assertEquals(0.3, r.get("timeScale").asDouble(), "the head gives the time scale");
        assertFalse(r.has("python"), "no python object without --python");
        String thread = r.get("thread").asText();
        assertEquals(List.of(thread), texts(r.get("coroutineThreads")), "one thread ran every coroutine line");

        // 3 s in turn (the sleeps one after another: at least their sum), 2 s as tasks (they
        // overlap: well under the sum, never under the longer one).
        double sequential = r.get("sequentialMs").asDouble();
        double tasks = r.get("tasksMs").asDouble();
        assertTrue(sequential >= 0.95 * 3 * S, "in turn, at least 1 s + 2 s: " + r);
        assertTrue(tasks >= 0.95 * 2 * S && tasks < 0.9 * 3 * S, "as tasks, the longer one, not the sum: " + r);
        assertEquals(42, r.get("nestedAwaited").asInt());
        assertEquals(42, r.get("nestedTask").asInt());
        assertEquals(List.of("nested", "sleep", "nested"), texts(r.get("neverAwaited")), "steps 3, 4 and 8");
        assertTrue(r.get("helloMs").asDouble() < S, "the sleep without await never slept its 1 s: " + r);

        List<String> lines = texts(r.get("factorialLines"));
        assertEquals(
                List.of(
                        "Task A: Compute factorial(2)...",
                        "Task B: Compute factorial(2)...",
                        "Task C: Compute factorial(2)..."),
                lines.subList(0, 3),
                "gather starts all three before any sleeps end");
        assertEquals(List.of("2", "6", "24"), texts(r.get("gatherResults")));
        double gather = r.get("gatherMs").asDouble();
        assertTrue(gather > 0.95 * 3 * S && gather < 0.9 * 6 * S, "C's three sleeps, not all six: " + gather);

        assertEquals("ValueError: bad input", r.get("gatherRaised").asText());
        double raisedAt = r.get("gatherRaisedAtMs").asDouble();
        assertTrue(raisedAt > 0.95 * S && raisedAt < 2 * S, "raised at the first sleep's end: " + raisedAt);
        assertTrue(r.get("othersRanOn").asBoolean(), "B was not cancelled");
        assertEquals(List.of("2", "ValueError('bad input')", "6"), texts(r.get("returnExceptions")));

        assertTrue(r.get("executorThread").asText().startsWith("asyncio-executor-"), r.toString());
        assertTrue(r.get("ticksDuringExecutor").asInt() >= 2, "the loop ticked while the pool worked: " + r);
        assertTrue(r.get("longestGapBlockedMs").asDouble() >= 0.9 * S, "a blocking call froze the loop: " + r);
        assertEquals(
                "asyncio.run() cannot be called from a running event loop",
                r.get("asyncioRunRefused").asText());

        List<Double> at = new ArrayList<>();
        r.get("displayLoopTimes").forEach(t -> at.add(t.asDouble()));
        assertEquals(5, at.size(), "5 s, a date a second: " + at);
        assertTrue(at.get(4) * 1000 > 0.95 * 4 * S && at.get(4) * 1000 < 5 * S, at.toString());

        double waitFor = r.get("waitForMs").asDouble();
        assertTrue(waitFor > 0.95 * S && waitFor < 5 * S, "timed out at 1 s, not after the hour: " + waitFor);
        assertTrue(r.get("cancelledInside").asBoolean(), "CancelledError raised inside the task");
        double shieldTimeout = r.get("shieldTimedOutMs").asDouble();
        double shielded = r.get("shieldedMs").asDouble();
        assertTrue(shieldTimeout > 0.95 * S && shieldTimeout < 2 * S, "wait_for timed out: " + shieldTimeout);
        assertEquals("the answer", r.get("shieldedResult").asText());
        assertTrue(shielded > 0.95 * 2 * S, "the shielded task ran its full 2 s: " + shielded);

        JsonNode loop = r.get("loop");
        // What the loop guarantees: ready callbacks first, in FIFO order; timers in the order of
        // their times, the stopping one last; the other thread's callback after #2, whose running
        // it waited for (where it falls among the timers is the other thread's scheduling).
        List<String> order = texts(loop.get("order"));
        assertEquals(List.of("call_soon #1", "call_soon #2"), order.subList(0, 2), order.toString());
        assertEquals("call_later(0.09 s) calls loop.stop()", order.getLast(), order.toString());
        assertTrue(order.indexOf("call_later(0.06 s)") > 1, order.toString());
        assertTrue(order.indexOf("call_soon_threadsafe from asyncio-other") > 1, order.toString());
        assertEquals(5, order.size(), order.toString());
        assertEquals(thread, loop.get("loopThread").asText());
        assertTrue(
                loop.get("loopCpuMs").asDouble()
                        < 0.5 * loop.get("runForeverMs").asDouble(),
                "it parks, it does not spin: " + loop);

        // Another thread's plain call_soon: accepted in normal mode, and run only once something
        // else woke the loop; refused in debug mode; call_soon_threadsafe is the way.
        JsonNode other = r.get("otherThread");
        assertTrue(other.get("normalAccepted").asBoolean(), "normal mode accepts it silently: " + other);
        assertTrue(other.get("normalRanOnlyOnceWoken").asBoolean(), "it waited for another wake-up: " + other);
        assertTrue(
                other.get("normalRanAfterMs").asDouble() >= other.get("pauseMs").asDouble(), other.toString());
        assertEquals(EventLoop.NOT_THREAD_SAFE, other.get("debugRefused").asText());
        assertTrue(other.get("threadsafeRanAfterMs").asDouble() >= 0, "call_soon_threadsafe's callback ran");

        // Two coroutines, 1,000 increments each: an await between read and write loses updates
        // (on one loop the interleaving is fixed: every other one, as in CPython); none without
        // it, none with a lock held across it.
        JsonNode lost = r.get("lostUpdate");
        assertEquals(1000, lost.get("increments").asInt());
        assertEquals(1000, lost.get("acrossAwait").asInt(), "half lost across the await: " + lost);
        assertEquals(2000, lost.get("noAwaitBetween").asInt(), lost.toString());
        assertEquals(2000, lost.get("lockHeld").asInt(), lost.toString());

        JsonNode java = r.get("java");
        assertTrue(java.get("tasksMs").asDouble() < 0.9 * 3 * S, "two futures overlap: " + java);
        assertEquals("TimeoutException", java.get("timedOutWith").asText());
        assertTrue(java.get("cancelReturned").asBoolean());
        assertTrue(java.get("worksRanToTheirEnd").asBoolean(), "cancel and orTimeout left the works running");
        assertTrue(
                java.get("worksEndedMs").asDouble() >= java.get("cancelledAtMs").asDouble(),
                "the works ended after their futures were done: " + java);
    }

    @Test
    void
            theSummarySaysTheNotesNoLockClaimHoldsOnlyWithoutAnAwaitBetweenReadAndWriteThatCallSoonIsNotRefusedAndWhatWokeTheLoop() {
        dev.concdemo.support.term.Texts texts =
                dev.concdemo.support.term.Texts.of(AsyncioDemo.class, dev.concdemo.support.term.Lang.EN);
        String lost = AsyncioSummary.lostUpdate(texts, new LostUpdate.Result(1000, 1000, 2000, 2000));
        assertTrue(lost.contains("lost 1,000 of 2,000"), lost);
        assertTrue(lost.contains("holds only"), lost);
        String none = AsyncioSummary.lostUpdate(texts, new LostUpdate.Result(1000, 2000, 2000, 2000));
        assertFalse(none.contains("holds only"), "no loss measured: no such conclusion: " + none);
        String silent =
                AsyncioSummary.otherThread(texts, new OtherThreadCalls.Result(500, true, 500.5, true, "x", 0.1));
        assertTrue(silent.contains("accepted without a word"), silent);
        List<String> inTime = List.of("call_soon #1", "call_soon #2", LoopTour.THREADSAFE, "call_later(0.2 s)");
        String woke = AsyncioSummary.wokeIn(texts, new LoopTour.Result(inTime, "main", 4, 3, 12.5, 1.0, 300));
        assertEquals("woke it in 13 µs", woke);
        List<String> late = List.of("call_soon #1", "call_soon #2", "call_later(0.2 s)");
        String tooLate = AsyncioSummary.wokeIn(texts, new LoopTour.Result(late, "main", 3, 2, 0, 1.0, 300));
        assertFalse(tooLate.contains("woke it"), "a hand-in that never ran woke nothing: " + tooLate);
        String other = AsyncioSummary.otherThread(texts, new OtherThreadCalls.Result(500, false, -1, false, "x", 0.1));
        assertFalse(other.contains("without a word"), other);
    }

    /** The steps under CPython's asyncio, at --time-scale 0.1 (a seed second is 100 ms). */
    @Test
    void withPythonTheSameStepsRunUnderCPythonsOwnAsyncioBesideOurLoops() throws Exception {
        Python3.required();
        double p = 100; // one seed second, in ms
        JsonNode r = new CommandUnderTest(AsyncioDemo::new).json("--python", "--time-scale", "0.1", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertTrue(List.of("gil", "free-threaded").contains(py.get("build").asText()), py.toString());
        for (String field : List.of(
                "sequentialMs",
                "tasksMs",
                "nestedAwaited",
                "neverAwaited",
                "helloMs",
                "factorialLines",
                "gatherResults",
                "gatherMs",
                "gatherRaised",
                "gatherRaisedAtMs",
                "othersRanOn",
                "returnExceptions",
                "asyncioRunRefused",
                "waitForMs",
                "cancelledInside",
                "shieldTimedOutMs",
                "shieldedResult",
                "shieldedMs",
                "lostUpdate")) {
            assertTrue(r.has(field) && py.has(field), "the Java name, on both sides: " + field);
        }
        // What asyncio guarantees, whatever the machine: in turn, each sleep ends before the next
        // begins (at least their sum); as tasks, both begin before either ends.
        assertEquals(List.of("sleep 1", "hello", "sleep 2", "world"), texts(py.get("sequentialOrder")));
        assertEquals(List.of("sleep 1", "sleep 2", "hello", "world"), texts(py.get("tasksOrder")));
        assertTrue(py.get("sequentialMs").asDouble() >= 0.95 * 3 * p, py.toString());
        assertTrue(py.get("tasksMs").asDouble() >= 0.95 * 2 * p, py.toString());
        assertEquals(
                List.of(
                        "Task A: Compute factorial(2)...",
                        "Task B: Compute factorial(2)...",
                        "Task C: Compute factorial(2)..."),
                texts(py.get("factorialLines")).subList(0, 3),
                "gather starts all three before any sleep ends");
        assertEquals(List.of("2", "6", "24"), texts(py.get("gatherResults")));
        assertEquals("ValueError: bad input", py.get("gatherRaised").asText());
        assertTrue(py.get("othersRanOn").asBoolean(), "gather does not cancel the others: " + py);
        assertEquals(List.of("2", "ValueError('bad input')", "6"), texts(py.get("returnExceptions")));
        assertTrue(texts(py.get("neverAwaited")).contains("sleep"), "hello()'s sleep without await: " + py);
        assertTrue(py.get("asyncioRunRefused").asText().startsWith("asyncio.run() cannot be called"), py.toString());
        assertTrue(py.get("waitForMs").asDouble() >= 0.95 * p, py.toString());
        assertTrue(py.get("cancelledInside").asBoolean(), "wait_for cancels the task at its await: " + py);
        assertEquals("the answer", py.get("shieldedResult").asText());
        assertTrue(py.get("shieldedMs").asDouble() > py.get("shieldTimedOutMs").asDouble(), "ran on: " + py);
        JsonNode lost = py.get("lostUpdate");
        assertEquals(AsyncioRun.LOST_UPDATE_INCREMENTS, lost.get("increments").asInt(), "the Java run's count");
        assertTrue(lost.get("acrossAwait").asInt() < 2 * AsyncioRun.LOST_UPDATE_INCREMENTS, "lost: " + lost);
        assertEquals(
                2 * AsyncioRun.LOST_UPDATE_INCREMENTS,
                lost.get("noAwaitBetween").asInt(),
                lost.toString());
        assertEquals(2 * AsyncioRun.LOST_UPDATE_INCREMENTS, lost.get("lockHeld").asInt(), lost.toString());

        // The sentence agrees with the numbers: each time further apart than the tolerance is
        // named, with both figures; none is, and nothing else differs: it says they are alike.
        AsyncioReport report = READ.treeToValue(r, AsyncioReport.class);
        CPythonReport measured = READ.treeToValue(py, CPythonReport.class);
        Texts en = Texts.of(AsyncioDemo.class, Lang.EN);
        String sentence = CPythonSummary.sentence(en, report, measured, 0.1);
        long within = CPythonSummary.sameWithinMs(0.1);
        boolean anyApart = false;
        for (CPythonSummary.Compared t : CPythonSummary.timings(en, report, measured)) {
            boolean apart = t.gapMs() > within;
            anyApart |= apart;
            assertEquals(apart, sentence.contains(t.what() + ": ours " + t.ours()), t + " in: " + sentence);
        }
        boolean alike =
                CPythonSummary.behaviours(en, report, measured).stream().allMatch(CPythonSummary.Compared::same);
        assertEquals(!anyApart && alike, sentence.contains("did every step as our loop did"), sentence);

        // A step that behaves otherwise (the tasks taking as long as in turn) is told as such.
        ObjectNode changed = py.deepCopy();
        changed.put("tasksMs", report.sequentialMs() + 1000);
        String otherwise = CPythonSummary.sentence(en, report, READ.treeToValue(changed, CPythonReport.class), 0.1);
        assertTrue(
                otherwise.contains("2 say_after, as tasks: ours") && otherwise.contains("behaving otherwise"),
                otherwise);
    }

    @Test
    void withPythonThePairIsPrintedBesideInBothLanguages() {
        Python3.required();
        CommandUnderTest cli = new CommandUnderTest(AsyncioDemo::new);
        assertEquals(0, cli.run("--python", "--time-scale", "0.05", "--no-color", "--lang", "zh"));
        String out = cli.out();
        assertTrue(out.contains("我们的循环与 CPython 3."), out);
        assertTrue(out.contains("factorial 各行，CPython：A2 B2 C2"), out);
        assertTrue(out.contains("的 asyncio 每一步都和我们的循环一样") || out.contains("的 asyncio 和我们的循环在"), out);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
    }

    @Test
    void withoutTheInterpreterGivenItSaysSoBeforeAnythingRuns() {
        CommandUnderTest cli = new CommandUnderTest(AsyncioDemo::new);
        assertEquals(1, cli.run("--python-exe", "/nonexistent/python3", "--time-scale", "0.05"));
        assertTrue(cli.err().contains("--python: no Python interpreter at /nonexistent/python3"), cli.err());
        assertFalse(cli.out().contains("say_after"), "nothing run: " + cli.out());
    }

    private static final ObjectMapper READ = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
