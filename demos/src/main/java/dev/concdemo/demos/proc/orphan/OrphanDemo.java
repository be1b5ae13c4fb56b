package dev.concdemo.demos.proc.orphan;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.os.Libc;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * An orphan process (seed 001, 孤儿进程): its parent has ended while it still runs, and the OS
 * gives it another, which will reap it. Linux only.
 *
 * <p>Try: {@code concdemo orphan}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 孤儿进程")
@Command(
        name = "orphan",
        mixinStandardHelpOptions = true,
        description = {
            "A child JVM exits first; its child is adopted by init, or by us as subreaper.",
            "",
            "Twice: with concdemo's child subreaper turned off (the orphan goes to pid 1, whatever this machine's init"
                + " is), then on (it comes to us). Either way the orphan is killed by its pid and reaped. Linux only.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo orphan", "  concdemo orphan --json"})
public final class OrphanDemo extends ScenarioCommand<OrphanReport> {
    private OrphanRun run;

    public OrphanDemo(Session session) {
        super(session);
    }

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest());
    }

    @Override
    protected void check() {
        if (!Libc.isLinux()) { // one line, exit 1: nothing here can run
            throw new ScenarioFailure(
                    "Linux only (it reads /proc and uses a child subreaper); this is " + System.getProperty("os.name"));
        }
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold orphan|@"
                + Texts.of(OrphanDemo.class)
                        .format("opening", ProcessHandle.current().pid(), OrphanPrograms.name(1)));
    }

    @Override
    protected OrphanReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new OrphanRun(narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, OrphanReport report) {
        OrphanSummary.print(narrator, report);
    }
}
