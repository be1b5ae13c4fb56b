package dev.concdemo.demos.proc.spawn;

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
public final class SpawnDemo extends ScenarioCommand<SpawnReport> {
    private SpawnRun run;

    public SpawnDemo(Session session) {
        super(session);
    }

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest());
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold spawn|@"
                + Texts.of(SpawnDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
    }

    @Override
    protected SpawnReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new SpawnRun(narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, SpawnReport report) {
        SpawnSummary.print(narrator, report);
    }
}
