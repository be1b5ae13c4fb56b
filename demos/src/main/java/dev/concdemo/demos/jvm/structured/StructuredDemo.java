package dev.concdemo.demos.jvm.structured;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows structured concurrency: subtasks forked in a {@code StructuredTaskScope} live and die
 * with it. The first failure cancels the scope (its siblings are interrupted) and close waits
 * for every fork's thread, so none outlives the block; the same work on an ExecutorService
 * leaks a running task. And a {@code ScopedValue}, bound for one call's extent and inherited by
 * the scope's forks, against a ThreadLocal, set per thread and left set; with the memory each
 * costs for many virtual threads. StructuredTaskScope is a preview API in JDK 25: that part
 * runs in a child JVM started with {@code --enable-preview}.
 *
 * <p>Try: {@code concdemo structured --threads 200000}.
 */
@Scenario(chapter = Chapter.JVM, seed = "JEP 505 (preview in 25), JEP 506")
@Command(
        name = "structured",
        mixinStandardHelpOptions = true,
        description = {
            "StructuredTaskScope: the first failure cancels the rest; ScopedValue vs ThreadLocal.",
            "",
            "In a child JVM started with --enable-preview (StructuredTaskScope is a preview API in JDK 25):"
                    + " four subtasks of an order forked in a scope, one failing after 300 ms; its siblings'"
                    + " interruption measured, and none alive after the scope. The same order on an"
                    + " ExecutorService: the caller gives up, two tasks run on (leaked) until we end them."
                    + " A ScopedValue bound for a call's extent and inherited by the forks, a ThreadLocal left"
                    + " set; and heap per virtual thread with a 1 KB ThreadLocal each, or one ScopedValue.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo structured --threads 200000")
public final class StructuredDemo extends ScenarioCommand<StructuredReport> {
    private volatile StructuredRun run; // this run's; read by the thread that tells an interrupt

    public StructuredDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Virtual threads parked at once in the memory part (default: 100,000; 1,000 to 1,000,000).")
    private int threads = 100_000;

    @Override
    protected void check() {
        Ranges.check(spec, "--threads", threads, 1_000, 1_000_000, "fewer are lost in the heap's noise");
    }

    @Override
    protected List<String> labels() {
        return StructuredRun.labels();
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold structured|@" + Texts.of(StructuredDemo.class).format("opening", threads));
    }

    @Override
    protected Expected expected() {
        int quarter = Math.max(1_000, threads / 4);
        return new Expected(
                StructuredRun.about(threads),
                Texts.of(StructuredDemo.class)
                        .format(
                                "shorten",
                                quarter,
                                Units.secondsSaid(StructuredRun.about(quarter).toNanos())));
    }

    @Override
    protected StructuredReport run(Narrator narrator) throws Exception {
        run = new StructuredRun(threads, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        StructuredRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, StructuredReport report) {
        StructuredSummary.print(narrator, report);
    }
}
