package dev.concdemo.demos.os.states;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The three process states (seed 001, 进程执行的三状态图), live: ready (has everything but the
 * CPU), running (on the CPU), blocked (waiting for an event). Five threads whose work moves
 * them between the three, sampled every millisecond in two views: Java's {@code Thread.State},
 * which says RUNNABLE whether the thread runs, waits for a CPU or (in a socket read) sleeps in
 * the kernel; and the kernel's, whose R letter cannot tell running from ready either, but whose
 * CPU and run-queue times, growing between samples, can.
 *
 * <p>Try: {@code concdemo states}.
 */
@Scenario(chapter = Chapter.OS, seed = "001 进程执行的三状态图")
@Command(
        name = "states",
        mixinStandardHelpOptions = true,
        description = {
            "Running, ready, blocked: threads sampled every ms in Java's view and the kernel's.",
            "",
            "Five threads pinned to one CPU (two computing, one sleeping and computing, one waiting for a lock, one"
                    + " blocked in a socket read) are sampled every millisecond: Thread.getState(), and the kernel's"
                    + " /proc/self/task/TID (its state letter, and how its time on a CPU and on the run queue grew)."
                    + " Java cannot tell ready from running, and calls a thread blocked in a socket read RUNNABLE.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo states", "  concdemo states --time-scale 0.5 --json"})
public final class StatesDemo extends ScenarioCommand<StatesReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    public StatesDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold states|@" + Texts.of(StatesDemo.class).format("opening"));
    }

    @Override
    protected StatesReport run(Narrator narrator) throws IOException, InterruptedException {
        return new StatesRun(time.timeScale()).run();
    }

    @Override
    public List<Figure> figures(StatesReport report) {
        return StatesFigures.of(report);
    }

    @Override
    protected void summarize(Narrator narrator, StatesReport report) {
        StatesSummary.print(narrator, report);
    }
}
