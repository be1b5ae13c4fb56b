package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

/**
 * The seed's two ways to start a process (001, 开启进程的两种方式, join, 进程对象及其他方法): a
 * function by name with arguments, and a class overriding {@code run}. A process is an
 * instance of a program with its own memory, given a pid by the OS; starting one asks the OS
 * and returns. Each child here is a real process, a JVM of this same program.
 *
 * <p>Try: {@code concdemo spawn}, then {@code concdemo spawn --trace spawn.json}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 开启进程的两种方式, join, pid")
@Command(
        name = "spawn",
        mixinStandardHelpOptions = true,
        description = {
            "Two ways to start a process; join; pid and parent pid; terminate and is_alive.",
            "",
            "Each child is a JVM of this program, started the way multiprocessing's spawn starts one: a function named"
                + " by class and method, or a class overriding run. The run prints what each side saw and what a child"
                + " process costs beside a thread.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo spawn", "  concdemo spawn --json"})
public final class SpawnDemo extends ScenarioCommand<Record> {
    public SpawnDemo(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Narrator n = session.narrator(common, 10);
        n.say("@|bold spawn|@"
                + Texts.of(SpawnDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
        SpawnRun run = new SpawnRun(n);
        session.measuredSoFar(run::soFar);
        SpawnReport r = run.run();
        Texts texts = Texts.of(SpawnDemo.class);
        common.print(session, r, () -> {
            n.sayPlain("  start() to the child's first line: %s ms (median of %d); a thread's start() to its first"
                    .formatted(String.format(Locale.ROOT, "%.1f", r.childStartMillis()), r.childStartSamples()));
            n.sayPlain("  statement: %s µs (median of %d): a child process costs %s times a thread here"
                    .formatted(
                            String.format(Locale.ROOT, "%.1f", r.threadStartMicros()),
                            r.threadStartSamples(),
                            String.format(Locale.ROOT, "%,.0f", r.childStartMillis() * 1000 / r.threadStartMicros())));
            n.sayPlain("");
            n.sayPlain(texts.format(
                    "summary",
                    texts.format(r.mainFirst() ? "mainFirst" : "childFirst"),
                    r.pidsChild(),
                    r.pidsChildParent(),
                    texts.format(r.pidsChildParent() == r.mainPid() ? "us" : "notUs"),
                    texts.format(r.aliveRightAfterTerminate() ? "stillAlive" : "alreadyGone"),
                    Units.fixed2(r.goneAfterMillis()),
                    r.terminatedExitStatus()));
            n.sayPlain("");
            n.sayPlain(texts.format("main-rule"));
        });
        return ExitCode.OK;
    }
}
