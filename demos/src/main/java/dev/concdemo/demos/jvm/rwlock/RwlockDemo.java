package dev.concdemo.demos.jvm.rwlock;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A read-write lock: one lock with two modes, shared for readers (any number at once) and
 * exclusive for a writer (alone, no reader inside). Shown with ReentrantReadWriteLock: readers
 * overlapping, writers alone, a writer under a stream of readers (non-fair vs fair), a downgrade
 * (allowed) and an upgrade (a thread waiting for itself, detected and interrupted); then
 * StampedLock's optimistic read, which takes no lock and validates afterwards.
 *
 * <p>Try: {@code concdemo rwlock --readers 6}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.locks.ReentrantReadWriteLock, StampedLock")
@Command(
        name = "rwlock",
        mixinStandardHelpOptions = true,
        description = {
            "Readers share, writers are alone; starvation, the upgrade deadlock, optimistic reads.",
            "",
            "Readers of a ReentrantReadWriteLock meet inside it (the most inside at once counted) while every"
                    + " write checks it is alone. A writer under a never-ending stream of readers: its wait with the"
                    + " non-fair and the fair lock. Write -> read downgrade works; read -> write upgrade waits for"
                    + " itself: a watchdog sees it and interrupts it. StampedLock's optimistic reads: validations"
                    + " failed under a writer counted, and never a torn x, y used.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo rwlock", "  concdemo rwlock --readers 8 --time-scale 2 --json"})
public final class RwlockDemo extends ScenarioCommand<RwlockReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    private volatile RwlockRun run; // this run's; read by the thread that tells an interrupt

    public RwlockDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(
            names = "--readers",
            paramLabel = "N",
            description = "Reader threads in the overlap and starvation parts (default: 4; 2 to 16).")
    private int readers = 4;

    @Override
    protected void check() {
        Ranges.check(spec, "--readers", readers, 2, 16, "readers overlap only if there are two");
    }

    @Override
    protected List<String> labels() {
        return RwlockRun.labels(readers);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold rwlock|@" + Texts.of(RwlockDemo.class).format("opening", readers));
    }

    @Override
    protected Expected expected() {
        return new Expected(
                time.about(RwlockRun.SLEEPS, RwlockRun.FIXED), time.shorten(RwlockRun.SLEEPS, RwlockRun.FIXED));
    }

    @Override
    protected RwlockReport run(Narrator narrator) throws InterruptedException {
        run = new RwlockRun(readers, time::scaled, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        RwlockRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, RwlockReport report) {
        RwlockSummary.print(narrator, report);
    }
}
