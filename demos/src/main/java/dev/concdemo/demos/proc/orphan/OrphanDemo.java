package dev.concdemo.demos.proc.orphan;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.os.Libc;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

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
public final class OrphanDemo extends ScenarioCommand<Record> {
    public OrphanDemo(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Narrator n = session.narrator(common, 10);
        if (!Libc.isLinux()) {
            n.sayPlain("orphan: Linux only (it reads /proc and uses a child subreaper); this is "
                    + System.getProperty("os.name") + ".");
            return ExitCode.OK;
        }
        n.say("@|bold orphan|@"
                + Texts.of(OrphanDemo.class)
                        .format("opening", ProcessHandle.current().pid(), OrphanPrograms.name(1)));
        OrphanRun run = new OrphanRun(n);
        session.measuredSoFar(run::soFar);
        OrphanReport r = run.run();
        common.print(session, r, () -> {
            OrphanReport.Case without = r.cases().get(0);
            OrphanReport.Case with = r.cases().get(1);
            n.sayPlain("");
            Texts texts = Texts.of(OrphanDemo.class);
            n.sayPlain(texts.format(
                    "summary",
                    without.orphanPid(),
                    without.parentPid(),
                    without.parentAfter(),
                    without.parentAfterName(),
                    String.format(Locale.ROOT, "%.1f", without.reparentedMillis()),
                    with.orphanPid(),
                    with.parentAfter(),
                    texts.format(with.parentAfter() == r.us() ? "us" : "notUs"),
                    texts.format(without.gone() && with.gone() ? "bothReaped" : "notBothReaped")));
        });
        return ExitCode.OK;
    }
}
