package dev.concdemo.demos.jvm.structured;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.List;
import java.util.Locale;

/** The closing summary of a structured run: the scope, the executor, the scoped value, the memory. */
final class StructuredSummary {
    private StructuredSummary() {}

    static void print(Narrator n, StructuredReport r) {
        Texts t = Texts.of(StructuredSummary.class);
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("preview", r.childPid(), r.childJvmOptions())
                + Texts.between()
                + (r.previewHere() ? t.format("preview.here") : t.format("preview.notHere"))));
        scope(n, t, r.scope());
        executor(n, t, r.executor());
        extent(n, t, r.scopedValue(), r.scope().forks());
        memory(n, t, r.memory());
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }

    private static void scope(Narrator n, Texts t, StructuredReport.Scope s) {
        List<String> siblings = s.siblings().stream()
                .map(b -> b.interruptedAfterMs() == null
                        ? t.format("sibling.finished", b.name(), b.state())
                        : t.format("sibling.interrupted", b.name(), Units.fixed2(b.interruptedAfterMs())))
                .toList();
        n.sayPlain(Width.fill(
                t.format("scope", s.failedSubtask(), Units.fixed2(s.failedAfterMs()), s.failure(), s.joinThrew())
                        + Texts.between()
                        + t.format("scope.siblings", String.join(t.format("list.separator"), siblings))
                        + Texts.between()
                        + (s.aliveAfterScope() == 0
                                ? t.format("scope.closed", Units.fixed2(s.closedAfterFailureMs()), s.forks())
                                : t.format(
                                        "scope.alive",
                                        Units.fixed2(s.closedAfterFailureMs()),
                                        s.aliveAfterScope(),
                                        s.forks()))));
    }

    private static void executor(Narrator n, Texts t, StructuredReport.Executor e) {
        n.sayPlain(Width.fill(t.format("executor", Units.fixed2(e.callerGaveUpAfterMs()))
                + Texts.between()
                + (e.leakedStillRunning() == 0
                        ? t.format("executor.none", Units.fixed2(e.checkedAfterMs()))
                        : t.format(
                                "executor.leaked",
                                Units.fixed2(e.checkedAfterMs()),
                                e.leakedStillRunning(),
                                String.join(", ", e.leaked())))
                + Texts.between()
                + t.format("executor.ended", e.endedByUs(), e.leakedStillRunning())));
    }

    private static void extent(Narrator n, Texts t, StructuredReport.ScopedValues v, int forks) {
        n.sayPlain(Width.fill(t.format("extent", v.boundInside(), v.boundAfter(), v.nextTaskSawScopedValue())
                + Texts.between()
                + (v.nextTaskSawThreadLocal() == null
                        ? t.format("extent.localGone")
                        : t.format("extent.localLeft", v.nextTaskSawThreadLocal()))));
        n.sayPlain(
                Width.fill(t.format("forks", v.forksThatSawIt(), forks, Order.ID, v.forksThatSawThreadLocal(), forks)));
    }

    private static void memory(Narrator n, Texts t, StructuredReport.Memory m) {
        double local = m.threadLocalBytesPerThread();
        double scoped = m.scopedValueBytesPerThread();
        // bytes per thread * 10^6 threads / 10^6 bytes per MB: the same number, in MB per million
        n.sayPlain(Width.fill(t.format(
                        "memory",
                        m.threads(),
                        whole(local),
                        whole(scoped),
                        m.scopedValueReads(),
                        whole(local),
                        whole(scoped))
                + Texts.between()
                + (local > scoped
                        ? t.format("memory.more", whole(local - scoped), m.valueBytes())
                        : t.format("memory.notMore"))));
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
