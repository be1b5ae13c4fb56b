package dev.concdemo.demos.proc.spawn;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.nio.file.Path;
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
        footer = {
            "  concdemo spawn",
            "  concdemo spawn --json",
            "  concdemo spawn --python    then multiprocessing in a real CPython, beside"
        })
public final class SpawnDemo extends ScenarioCommand<SpawnReport> {
    private final PythonOption python = new PythonOption();
    private SpawnRun run;
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    public SpawnDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(python);
    }

    @Override
    protected void prepare() {
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest(), CPythonRun.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold spawn|@"
                + Texts.of(SpawnDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(Texts.of(SpawnDemo.class).format("intro.python", interpreter)));
        }
    }

    @Override
    protected SpawnReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new SpawnRun(narrator);
        SpawnReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run();
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, SpawnReport report) {
        SpawnSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
