package dev.concdemo.demos.coro.asyncio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section an asyncio run with --python adds after its summary: each step's time on our loop
 * and under CPython's asyncio side by side, the factorial lines' order in both, then one sentence
 * computed from both reports: the same, or where they differ and why.
 */
final class CPythonSummary {
    /**
     * Two times are "the same" within a tenth of one of the notes' seconds (at --time-scale),
     * and never less than this: what a timer on a busy machine may come late by. A step that
     * behaves otherwise (overlapping sleeps or not) moves a time by a whole second of the notes.
     */
    static final long SAME_AT_LEAST_MS = 5;

    private CPythonSummary() {}

    /** One thing measured on both sides: a time (ms), or anything else compared as a whole. */
    record Compared(String what, String ours, String cpython, boolean same, long gapMs) {}

    static void print(Narrator nar, AsyncioReport java, CPythonReport py, double timeScale) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@");
        Table table = new Table(texts.format("col.step"), texts.format("col.ours"), "CPython");
        for (Compared c : timings(texts, java, py)) {
            table.row(c.what(), c.ours(), c.cpython());
        }
        table.row(texts.format("row.lost"), lost(texts, java.lostUpdate()), lost(texts, py.lostUpdate()));
        table.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        nar.sayPlain(texts.format("python.order.ours", String.join(" ", labels(java.factorialLines()))));
        nar.sayPlain(texts.format("python.order.cpython", String.join(" ", labels(py.factorialLines()))));
        nar.sayPlain("");
        nar.sayPlain(Width.fill(sentence(texts, java, py, timeScale)));
    }

    /** The largest gap that still counts as the same time, at this --time-scale. */
    static long sameWithinMs(double timeScale) {
        return Math.max(SAME_AT_LEAST_MS, Math.round(100 * timeScale));
    }

    /** The ONE sentence: everything alike, or what differs and why. */
    static String sentence(Texts texts, AsyncioReport java, CPythonReport py, double timeScale) {
        long within = sameWithinMs(timeScale);
        List<Compared> all = new ArrayList<>();
        for (Compared t : timings(texts, java, py)) {
            all.add(new Compared(t.what(), t.ours(), t.cpython(), t.gapMs() <= within, t.gapMs()));
        }
        all.addAll(behaviours(texts, java, py));
        List<Compared> differ = all.stream().filter(c -> !c.same()).toList();
        String tolerance = texts.format("ms", within);
        if (differ.isEmpty()) {
            Compared largest = all.stream()
                    .filter(c -> c.gapMs() >= 0)
                    .reduce((a, b) -> b.gapMs() > a.gapMs() ? b : a)
                    .orElseThrow();
            return texts.format(
                    "python.same",
                    py.version(),
                    tolerance,
                    largest.gapMs(),
                    largest.what(),
                    lost(texts, py.lostUpdate()));
        }
        List<String> listed = differ.stream()
                .map(c -> texts.format("python.differ.one", c.what(), c.ours(), c.cpython()))
                .toList();
        boolean onlyLate = differ.stream().allMatch(c -> c.gapMs() >= 0 && c.gapMs() < Math.round(500 * timeScale));
        String why = onlyLate ? texts.format("why.late") : texts.format("why.otherwise", py.version());
        return texts.format(
                "python.differ",
                py.version(),
                differ.size(),
                all.size(),
                tolerance,
                String.join(texts.format("python.differ.sep"), listed),
                why);
    }

    /** The steps' times, ours and CPython's, with the gap between them. */
    static List<Compared> timings(Texts texts, AsyncioReport java, CPythonReport py) {
        return List.of(
                time(texts, "row.sequential", java.sequentialMs(), py.sequentialMs()),
                time(texts, "row.tasks", java.tasksMs(), py.tasksMs()),
                time(texts, "row.hello", java.helloMs(), py.helloMs()),
                time(texts, "row.gather", java.gatherMs(), py.gatherMs()),
                time(texts, "row.raised", java.gatherRaisedAtMs(), py.gatherRaisedAtMs()),
                time(texts, "row.waitFor", java.waitForMs(), py.waitForMs()),
                time(texts, "row.shieldTimedOut", java.shieldTimedOutMs(), py.shieldTimedOutMs()),
                time(texts, "row.shielded", java.shieldedMs(), py.shieldedMs()));
    }

    /** What is not a time: orders, results, warnings, the cancel, the shield, the lost updates. */
    static List<Compared> behaviours(Texts texts, AsyncioReport java, CPythonReport py) {
        return List.of(
                same(
                        texts.format("row.order"),
                        String.join(" ", labels(java.factorialLines())),
                        String.join(" ", labels(py.factorialLines()))),
                same(texts.format("row.results"), java.gatherResults(), py.gatherResults()),
                same(texts.format("row.nested"), java.nestedAwaited(), py.nestedAwaited()),
                same(texts.format("row.neverAwaited"), java.neverAwaited(), py.neverAwaited()),
                same(texts.format("row.gatherRaised"), java.gatherRaised(), py.gatherRaised()),
                same(
                        texts.format("row.othersRanOn"),
                        texts.format(java.othersRanOn() ? "othersRan" : "othersStopped"),
                        texts.format(py.othersRanOn() ? "othersRan" : "othersStopped")),
                same(texts.format("row.returnExceptions"), java.returnExceptions(), py.returnExceptions()),
                same(texts.format("row.refused"), java.asyncioRunRefused(), py.asyncioRunRefused()),
                same(
                        texts.format("row.cancel"),
                        texts.format(java.cancelledInside() ? "cancelInside" : "cancelNever"),
                        texts.format(py.cancelledInside() ? "cancelInside" : "cancelNever")),
                same(texts.format("row.shieldedResult"), java.shieldedResult(), py.shieldedResult()),
                same(texts.format("row.lost"), lost(texts, java.lostUpdate()), lost(texts, py.lostUpdate())));
    }

    private static Compared time(Texts texts, String key, long ours, long cpython) {
        return new Compared(
                texts.format(key),
                AsyncioSummary.secs(texts, ours),
                AsyncioSummary.secs(texts, cpython),
                ours == cpython,
                Math.abs(ours - cpython));
    }

    private static Compared same(String what, Object ours, Object cpython) {
        return new Compared(what, String.valueOf(ours), String.valueOf(cpython), Objects.equals(ours, cpython), -1);
    }

    /** Step 14's three ways: "1,000 / 0 / 0 lost of 2,000" (across an await, none between, lock held). */
    static String lost(Texts texts, LostUpdate.Result u) {
        int all = 2 * u.increments();
        return texts.format("lost", all - u.acrossAwait(), all - u.noAwaitBetween(), all - u.lockHeld(), all);
    }

    private static final Pattern COMPUTE = Pattern.compile("Task (\\w+): Compute factorial\\((\\d+)\\)\\.\\.\\.");
    private static final Pattern RESULT = Pattern.compile("Task (\\w+): factorial\\((\\d+)\\) = (\\d+)");

    /**
     * The factorial lines as short labels, in their order: "A2" for "Task A: Compute
     * factorial(2)...", "A=2" for "Task A: factorial(2) = 2"; a line of neither form as it is.
     */
    static List<String> labels(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher compute = COMPUTE.matcher(line);
            Matcher result = RESULT.matcher(line);
            if (compute.matches()) {
                out.add(compute.group(1) + compute.group(2));
            } else if (result.matches()) {
                out.add(result.group(1) + "=" + result.group(3));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
