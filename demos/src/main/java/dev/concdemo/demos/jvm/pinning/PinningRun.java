package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * JEP 491: a virtual thread that blocks while holding a monitor no longer pins its carrier
 * (the carrier is freed and runs other virtual threads); one that blocks with a native frame
 * on its stack still does. Both are measured in a child JVM with two carriers, since the
 * virtual-thread scheduler's size is fixed per JVM.
 */
final class PinningRun {
    static final String MAIN = "main";

    private final Narrator n;
    private final int tasks;
    private final Duration block;
    private final List<PinningReport.Row> rows = new CopyOnWriteArrayList<>(); // filled by the child's reader thread

    PinningRun(Narrator n, int tasks, Duration block) {
        this.n = n;
        this.tasks = tasks;
        this.block = block;
    }

    PinningReport run() throws IOException, InterruptedException {
        n.step(PinningRun.class, "1", TwoCarriers.CARRIERS, tasks, block.toMillis());
        try (ChildProcess child = ChildProcess.of(
                        "two-carriers",
                        TwoCarriers.class,
                        List.of(Integer.toString(tasks), Long.toString(block.toMillis())))
                .jvmOptions(TwoCarriers.JVM_OPTIONS)
                .start(this::line)) {
            child.joinFailure(Duration.ofMinutes(2)).ifPresent(failure -> {
                throw new ScenarioFailure("the two-carrier JVM (pid %d) %s".formatted(child.pid(), failure));
            });
        }
        if (rows.size() != 2) {
            throw new ScenarioFailure("the two-carrier JVM reported " + rows.size() + " rows, not 2");
        }
        return new PinningReport(block.toMillis(), List.copyOf(rows));
    }

    private void line(long pid, String text) {
        switch (ToParent.read(text, PinningSays.class).orElse(null)) {
            case PinningSays.Row(String where, int carriers, int tasks, long ms, int most, long pinned) ->
                rows.add(new PinningReport.Row(where, carriers, tasks, ms, most, pinned));
            case null -> n.processEvent(pid, text);
        }
    }
}
