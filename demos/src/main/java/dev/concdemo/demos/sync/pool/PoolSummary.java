package dev.concdemo.demos.sync.pool;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A pool run's words: the opening line, the closing summary, the default sizes, the notes' correction. */
final class PoolSummary {
    private PoolSummary() {}

    static void introduce(Narrator n, WorkerKind kind, int workers, int tasks, Duration work) {
        Texts t = Texts.of(PoolSummary.class);
        n.say("@|bold pool|@"
                + t.format(
                        "opening",
                        t.format(kind == WorkerKind.THREADS ? "kind.threads" : "kind.processes"),
                        t.count("workers", workers),
                        t.count("tasks", tasks),
                        work.toNanos() / 1e9));
        n.sayPlain("");
    }

    static void print(Narrator n, PoolReport r) {
        Texts t = Texts.of(PoolSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between() + t.format("heading." + r.kind()));
        if (r.diedWith() == null) {
            n.sayPlain(t.format(
                    "ran",
                    t.count("tasks", r.done()),
                    t.count("distinct-workers", r.distinctWorkers()),
                    t.count("callbacks", r.callbacks()),
                    t.format(r.allResultsRight() ? "yes" : "no")));
        } else {
            n.sayPlain(t.format(
                    "died",
                    r.tasks(),
                    r.done(),
                    r.diedWith().task(),
                    r.diedWith().pid(),
                    r.notRun(),
                    t.count("callbacks", r.callbacks())));
        }
        r.tasksByWorker().forEach((worker, tasks) -> n.sayPlain(t.format("worker", worker, tasks)));
        n.sayPlain(t.format(
                "elapsed",
                Units.seconds(r.elapsedMs() * 1_000_000),
                t.count("waves", r.waves()),
                t.count("workers", r.workers()),
                Units.seconds(r.expectedMs() * 1_000_000 / r.waves()),
                Units.seconds(r.expectedMs() * 1_000_000)));
        n.sayPlain("");
        n.sayPlain(t.format("defaults", r.defaults().cores()));
        Table sizes = new Table(t.format("column.pool"), t.format("column.size"));
        r.defaults().rows().forEach(row -> sizes.row(row.pool(), row.size()));
        sizes.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        n.sayPlain(t.format("summary"));
        n.sayPlain("");
        notesCorrection(r).forEach(n::sayPlain);
    }

    /**
     * The notes' pool example as written fails in CPython (checked on 3.11): the labelled lines
     * say what fails and the form that works; Java's side is told only when this run tried it.
     */
    static List<String> notesCorrection(PoolReport r) {
        Texts t = Texts.of(PoolSummary.class);
        List<String> lines =
                new ArrayList<>(List.of(t.format("notes.form"), t.format("notes.cpython"), t.format("notes.works")));
        if ("RejectedExecutionException".equals(r.submitAfterShutdown())) {
            lines.add(t.format("notes.java.refused"));
        } else if ("accepted".equals(r.submitAfterShutdown())) {
            lines.add(t.format("notes.java.accepted"));
        }
        return lines;
    }
}
