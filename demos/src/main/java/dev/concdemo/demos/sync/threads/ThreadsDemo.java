package dev.concdemo.demos.sync.threads;

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
 * The seed's thread basics (001, 开启线程的两种方式 … 守护线程), step by step: a thread from a
 * target and from a subclass overriding run, join, memory shared between threads, the
 * active count and names, and a daemon thread that dies with the program.
 *
 * <p>Try: {@code concdemo threads --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 线程")
@Command(
        name = "threads",
        mixinStandardHelpOptions = true,
        description = {
            "Two ways to start a thread, join, shared memory, activeCount, a daemon thread.",
            "",
            "The notes' examples in order. Who prints first, the new thread or main, is whatever happened (in Java"
                    + " Thread.start() returns at once: it is a race); CPython's start() waits until the thread has"
                    + " started, so there the thread often prints first. The daemon thread is still asleep when the"
                    + " scenario ends, so its 'is over' never appears.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo threads --time-scale 0.5")
public final class ThreadsDemo extends ScenarioCommand<ThreadsReport> {
    /** The seed's time.sleep(1) in task, before --time-scale. */
    static final Duration SEED_SLEEP = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    public ThreadsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected List<String> labels() {
        return ThreadsRun.NAMES;
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold threads|@" + Texts.of(ThreadsDemo.class).format("opening"));
    }

    @Override
    protected ThreadsReport run(Narrator narrator) throws InterruptedException {
        return new ThreadsRun(narrator, time.scaled(SEED_SLEEP)).run();
    }

    @Override
    protected void summarize(Narrator narrator, ThreadsReport report) {
        Narrator summary = session.narrator(common, 0); // the run closed its narrator, as a program ends
        for (String paragraph : ThreadsSummary.paragraphs(report)) {
            summary.sayPlain("");
            summary.sayPlain(paragraph);
        }
    }
}
