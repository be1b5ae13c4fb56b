package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

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

    private volatile String lastHeard; // the child's latest plain line; read by Ctrl-C's thread

    /** What was measured before an interrupt: the rows finished, and the latest progress; null for none. */
    String soFar() {
        List<String> parts = new ArrayList<>();
        for (PinningReport.Row row : rows) {
            parts.add("%s: %,d tasks in %,d ms, at most %,d asleep at once, %,d pinned events"
                    .formatted(row.where(), row.tasks(), row.ms(), row.mostAtOnce(), row.pinnedEvents()));
        }
        String heard = lastHeard;
        if (heard != null && parts.size() < 2 && heard.contains(" done")) {
            parts.add(heard); // the row under way: "native: 148 of 400 done"
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    PinningReport run() throws IOException, InterruptedException {
        n.step(PinningRun.class, "1", TwoCarriers.CARRIERS, tasks, block.toMillis());
        // JFR keeps its chunks in a repository, by default a new directory in /tmp that a JVM
        // ended by a signal leaves behind: the child's is one of ours, deleted once it is gone.
        Path repository = Files.createTempDirectory("concdemo-pinning-jfr");
        try (ChildProcess child = ChildProcess.of(
                        "two-carriers",
                        TwoCarriers.class,
                        List.of(Integer.toString(tasks), Long.toString(block.toMillis())))
                .jvmOptions(TwoCarriers.jvmOptions(repository))
                .start(this::line)) {
            child.joinFailure(Duration.ofMinutes(2)).ifPresent(failure -> {
                throw new ScenarioFailure("the two-carrier JVM (pid %d) %s".formatted(child.pid(), failure));
            });
        } finally {
            deleteTree(repository); // the child is gone: close() ended it
        }
        if (rows.size() != 2) {
            throw new ScenarioFailure("the two-carrier JVM reported " + rows.size() + " rows, not 2");
        }
        return new PinningReport(block.toMillis(), List.copyOf(rows));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void line(long pid, String text) {
        switch (ToParent.read(text, PinningSays.class).orElse(null)) {
            case PinningSays.Row(String where, int carriers, int tasks, long ms, int most, long pinned) ->
                rows.add(new PinningReport.Row(where, carriers, tasks, ms, most, pinned));
            case null -> {
                lastHeard = text;
                n.processEvent(pid, text);
            }
        }
    }
}
