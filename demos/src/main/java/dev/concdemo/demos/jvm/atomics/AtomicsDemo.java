package dev.concdemo.demos.jvm.atomics;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * An atomic operation is one no other thread can see half done. One counter incremented by
 * 1 and 2 threads four ways (a monitor, a ReentrantLock, an AtomicLong's compare-and-set loop,
 * a LongAdder): nanoseconds per increment measured, CAS retries counted, every total exact.
 * Then false sharing: two threads with a counter each, in one cache line or padded apart.
 *
 * <p>Try: {@code concdemo atomics --increments 2000000}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.atomic")
@Command(
        name = "atomics",
        mixinStandardHelpOptions = true,
        description = {
            "Contended counter: synchronized, ReentrantLock, AtomicLong, LongAdder; false sharing.",
            "",
            "Each way adds 1 to one shared counter, from 1 thread and from 2; each figure is the median of"
                    + " interleaved rounds, and every total is checked exact. AtomicLong's compare-and-set loop"
                    + " counts its failures (retries). Then two threads each increment a counter of its own:"
                    + " adjacent in one cache line, or 128 bytes apart.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo atomics", "  concdemo atomics --increments 5000000 --rounds 7 --json"})
public final class AtomicsDemo extends ScenarioCommand<AtomicsReport> {
    private volatile AtomicsRun run; // this run's; read by the thread that tells an interrupt

    public AtomicsDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--increments",
            paramLabel = "N",
            description = "Increments per thread in each measurement (default: 2000000; 1000 to 100000000).")
    private long increments = 2_000_000;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Rounds; each figure is their median (default: 5; 1 to 51).")
    private int rounds = 5;

    @Override
    protected void check() {
        Ranges.check(spec, "--increments", increments, 1000, 100_000_000, null);
        Ranges.check(spec, "--rounds", rounds, 1, 51, null);
    }

    @Override
    protected List<String> labels() {
        return List.of(AtomicsRun.MAIN);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold atomics|@" + Texts.of(AtomicsDemo.class).format("opening", increments, rounds));
    }

    /** About what a round costs per increment per thread, all ways and both thread counts, on a busy 2-core machine. */
    private static final long NANOS_PER_INCREMENT_ROUND = 300;

    @Override
    protected Expected expected() {
        Duration about = Duration.ofNanos(increments * rounds * NANOS_PER_INCREMENT_ROUND);
        long tenth = Math.max(1000, increments / 10);
        return new Expected(
                about,
                Texts.of(AtomicsDemo.class)
                        .format("shorten", tenth, Units.secondsSaid(tenth * rounds * NANOS_PER_INCREMENT_ROUND)));
    }

    @Override
    protected AtomicsReport run(Narrator narrator) throws InterruptedException {
        run = new AtomicsRun(increments, rounds, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        AtomicsRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, AtomicsReport report) {
        AtomicsSummary.print(narrator, report);
    }
}
