package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Texts;
import java.util.Optional;

/**
 * The sentence closing compare --python: CPython's thread-per-connection server beside the
 * JVM's (its req/s at 8 connections, and what it kept beside the fib(32) hog), computed from
 * both runs' figures; what the GIL did is said only where the figures show it.
 */
final class CPythonVerdict {
    /** Kept less than this share of its rate beside the hog: the hog cost it most of it. */
    static final double STALLED = 0.5;

    private CPythonVerdict() {}

    static String of(CompareReport r, CPythonReport py) {
        Texts texts = Texts.of(CPythonVerdict.class);
        ModelTrial.Figures threads = py.models().stream()
                .filter(f -> f.model().equals(CPythonRun.name(Model.THREADS)))
                .findFirst()
                .orElseThrow();
        Optional<ModelTrial.Figures> java = javaThreads(r);
        String vsJava = java.map(j -> texts.format(
                        "python.java", j.rps8() == 0 ? 0 : threads.rps8() / j.rps8() * 100, j.model(), j.rps8()))
                .orElse("");
        if (!r.service().equals(Service.FIB.toString())) {
            return texts.format("python.verdict.upper", threads.rps8(), vsJava);
        }
        if (threads.fairness() == null) {
            return texts.format("python.verdict.unserved", threads.rps8(), vsJava);
        }
        String key = py.freeThreaded()
                ? "python.verdict.free"
                : threads.fairness() < STALLED ? "python.verdict.gil" : "python.verdict.gilKept";
        return texts.format(
                key,
                threads.rps8(),
                vsJava,
                CompareRun.kept(threads),
                java.map(j -> texts.format("python.javaKept", j.model(), CompareRun.kept(j)))
                        .orElse(""),
                threads.answersBesideHog() == null ? 0 : threads.answersBesideHog(),
                dev.concdemo.support.term.Units.fixed2(py.switchIntervalMs()));
    }

    /** The Java model a thread per connection compares with: threads, else another of its kind (virtual). */
    private static Optional<ModelTrial.Figures> javaThreads(CompareReport r) {
        return r.models().stream()
                .filter(f -> f.model().equals(Model.THREADS.toString()))
                .findFirst()
                .or(() -> r.models().stream()
                        .filter(f -> f.kind().equals(Model.Kind.THREAD_EACH.toString()))
                        .findFirst());
    }
}
