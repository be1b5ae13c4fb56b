package dev.concdemo.demos.proc.isolation;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Processes do not share memory; threads do (seed 001, 进程间数据隔离 and 线程间的数据共享):
 * the seed's {@code money = 100}, set to 666 by a child process, then by a thread.
 *
 * <p>Try: {@code concdemo isolation}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 进程间数据隔离")
@Command(
        name = "isolation",
        mixinStandardHelpOptions = true,
        description = {
            "money = 666 set in a child process leaves main's 100; set in a thread, main sees 666.",
            "",
            "A process has its own memory: the child JVM's money is its own static field, which it starts at 100 and"
                    + " changes; main's is untouched. A thread runs in main's memory: its change is main's.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo isolation", "  concdemo isolation --json"})
public final class IsolationDemo extends ScenarioCommand<IsolationReport> {
    private IsolationRun run;

    public IsolationDemo(Session session) {
        super(session);
    }

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest(IsolationRun.THREAD_SUFFIX));
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold isolation|@"
                + Texts.of(IsolationDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
    }

    @Override
    protected IsolationReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new IsolationRun(narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, IsolationReport report) {
        IsolationSummary.print(narrator, report);
    }
}
