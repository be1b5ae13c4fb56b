package dev.concdemo.demos.sync.rlock;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Shows a recursive (reentrant) lock (seed 001, 递归锁): the thread that holds it may take it
 * again; each acquire raises a hold count and each release lowers it; until the count is
 * back to zero, no other thread gets it. A plain, non-reentrant lock taken twice by its own
 * holder would wait for itself forever: here a timed attempt catches that.
 *
 * <p>Try: {@code concdemo rlock}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 递归锁")
@Command(
        name = "rlock",
        mixinStandardHelpOptions = true,
        description = {
            "A ReentrantLock's hold count rising and falling; a plain lock taken twice blocks.",
            "",
            "RLock (ReentrantLock in Java) counts acquires by its owner: acquire +1, release -1, free at 0, and while"
                    + " the count is above 0 nobody else gets it. Python's Lock (here a Semaphore of one) is not"
                    + " reentrant: its holder asking again waits for itself; a timeout of 1 s reports it instead of"
                    + " hanging.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo rlock --time-scale 0.5")
public final class RlockDemo extends ScenarioCommand<RlockReport> {
    static final int DEPTH = 3;
    /** How long the second acquire of the non-reentrant lock waits before it is called blocked, before --time-scale. */
    static final Duration BLOCKED_AFTER = Duration.ofSeconds(1);
    /** How long the first thread keeps the lock at each level, so the other visibly waits; before --time-scale. */
    static final Duration STEP = Duration.ofMillis(200);

    private final TimeScaleOption time = new TimeScaleOption();

    public RlockDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected List<String> labels() {
        return RlockRun.NAMES;
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold rlock|@" + Texts.of(RlockDemo.class).format("opening"));
        narrator.sayPlain("");
    }

    @Override
    protected RlockReport run(Narrator narrator) throws InterruptedException {
        return new RlockRun(time.scaled(STEP), time.scaled(BLOCKED_AFTER), narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, RlockReport report) {
        RlockSummary.print(narrator, report);
    }
}
