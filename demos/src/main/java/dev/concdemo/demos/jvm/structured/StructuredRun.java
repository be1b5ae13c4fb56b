package dev.concdemo.demos.jvm.structured;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.TargetProgram;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run: the preview parts (a scope's first failure, forks inheriting a ScopedValue, memory
 * for many forks) in a child JVM started with {@code --enable-preview}, narrated from its
 * messages; then, here, the same order on an ExecutorService, and a ScopedValue's extent.
 */
final class StructuredRun {
    /** This JVM's main thread: the label of its lines. */
    static final String MAIN = "main";

    /** The child's program, by name: a class of it must never be loaded here (see demos/pom.xml). */
    static final String PREVIEW_PROGRAM = "dev.concdemo.demos.jvm.structured.preview.ScopeChild";

    /** The child's JVM options: what lets it load the preview API's users. */
    static final String PREVIEW = "--enable-preview";

    /** Labels of the run's lines: both halves' threads. */
    static List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(MAIN, "owner", ScopedExtent.WORKER));
        labels.addAll(List.of(Order.names("scope-")));
        labels.addAll(List.of(Order.names("pool-")));
        return labels;
    }

    private final int threads;
    private final Narrator n;
    // Written by the child's forwarding thread, read after joinFailure (which joins it), and by
    // Ctrl-C's thread in soFar() (hence volatile).
    private final List<StructuredReport.Sibling> siblings = new ArrayList<>();
    private volatile ChildSays.Failed failed;
    private volatile ChildSays.Memory memory;
    private volatile ExecutorLeak.Result leak; // the run's thread writes it, Ctrl-C's reads it

    /** What was measured before an interrupt, part by part; null before the scope's failure. */
    String soFar() {
        ChildSays.Failed f = failed;
        if (f == null) {
            return null;
        }
        StringBuilder line = new StringBuilder("scope: %s failed, close() returned %.2f ms later, %d of %d forks alive"
                .formatted(f.subtask(), f.closedAfterFailureMs(), f.aliveAfterScope(), f.forks()));
        ChildSays.Memory m = memory;
        if (m != null) {
            line.append("; %,.0f vs %,.0f bytes a thread (ThreadLocal vs ScopedValue)"
                    .formatted(m.threadLocalBytesPerThread(), m.scopedValueBytesPerThread()));
        }
        ExecutorLeak.Result l = leak;
        if (l != null) {
            line.append("; the executor leaked %d tasks".formatted(l.leaked().size()));
        }
        return line.toString();
    }

    StructuredRun(int threads, Narrator n) {
        this.threads = threads;
        this.n = n;
    }

    /** A rough bound on the run: the child's start and scope, then two rounds of threads, then the executor. */
    static Duration about(int threads) {
        return Duration.ofMillis(2_500 + threads / 25L); // 1,000,000: ~42 s measured
    }

    StructuredReport run() throws IOException, InterruptedException {
        n.step(StructuredRun.class, "scope");
        long pid;
        try (ChildProcess child = ChildProcess.of(
                        "preview", TargetProgram.class, List.of(PREVIEW_PROGRAM, "run", Integer.toString(threads)))
                .jvmOptions(PREVIEW)
                .start(this::fromChild)) {
            pid = child.pid();
            n.event(MAIN, "started the child JVM, pid %d: java %s ... %s".formatted(pid, PREVIEW, "ScopeChild"));
            child.joinFailure(about(threads).multipliedBy(4)).ifPresent(failure -> {
                throw new ScenarioFailure("the preview JVM (pid %d) %s".formatted(pid, failure));
            });
        }
        if (failed == null || memory == null) {
            throw new ScenarioFailure("the preview JVM (pid %d) ended without its results".formatted(pid));
        }

        n.step(StructuredRun.class, "executor");
        leak = new ExecutorLeak(n).run();

        n.step(StructuredRun.class, "extent");
        ScopedExtent.Result extent = new ScopedExtent(n).run();

        return new StructuredReport(
                pid,
                PREVIEW,
                ManagementFactory.getRuntimeMXBean().getInputArguments().contains(PREVIEW),
                new StructuredReport.Scope(
                        failed.subtask(),
                        failed.failure(),
                        failed.failedAfterMs(),
                        failed.joinThrew(),
                        failed.closedAfterFailureMs(),
                        failed.forks(),
                        failed.aliveAfterScope(),
                        List.copyOf(siblings)),
                new StructuredReport.Executor(
                        leak.callerGaveUpAfterMs(),
                        leak.leaked().size(),
                        leak.leaked(),
                        leak.checkedAfterMs(),
                        leak.endedByUs().size()),
                new StructuredReport.ScopedValues(
                        extent.boundInside(),
                        extent.boundAfter(),
                        failed.scopedValueSeenByForks() == failed.forks(),
                        failed.scopedValueSeenByForks(),
                        failed.threadLocalSeenByForks(),
                        extent.nextTaskSawScopedValue(),
                        extent.nextTaskSawThreadLocal()),
                new StructuredReport.Memory(
                        memory.threads(),
                        Order.VALUE_BYTES,
                        round(memory.threadLocalBytesPerThread()),
                        round(memory.scopedValueBytesPerThread()),
                        memory.scopedValueReads()));
    }

    private void fromChild(long pid, String line) {
        switch (ToParent.read(line, ChildSays.class).orElse(null)) {
            case ChildSays.Said(String who, String text) -> n.event(who, text);
            case ChildSays.MemoryBegins() -> n.step(StructuredRun.class, "memory", threads);
            case ChildSays.Sibling s ->
                siblings.add(
                        new StructuredReport.Sibling(s.name(), s.state(), s.interruptedAfterMs(), s.aliveAfterScope()));
            case ChildSays.Failed f -> failed = f;
            case ChildSays.Memory m -> memory = m;
            case null -> n.processEvent(pid, line);
        }
    }

    private static double round(double bytes) {
        return Math.round(bytes * 10) / 10.0;
    }
}
