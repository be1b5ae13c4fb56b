package dev.concdemo.demos.proc.isolation;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

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
public final class IsolationDemo extends ScenarioCommand<Record> {
    public IsolationDemo(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Narrator n = session.narrator(common, 17);
        n.say("@|bold isolation|@"
                + Texts.of(IsolationDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
        IsolationRun run = new IsolationRun(n);
        session.measuredSoFar(run::soFar);
        IsolationReport r = run.run();
        common.print(session, r, () -> {
            n.sayPlain("");
            Texts texts = Texts.of(IsolationDemo.class);
            n.sayPlain(texts.format(
                    "summary",
                    r.childPid(),
                    r.childParent(),
                    r.childSawFirst(),
                    r.childSet(),
                    r.parentAfterChild(),
                    texts.format(r.parentAfterChild() == 100 ? "untouched" : "changed"),
                    r.parentAfterThread(),
                    texts.format(r.parentAfterThread() == 666 ? "same" : "notSame")));
        });
        return ExitCode.OK;
    }
}
