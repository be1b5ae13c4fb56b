package dev.concdemo.demos.proc.daemon;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * A daemon process (seed 001, 守护进程): it ends when the main program ends, where a
 * non-daemon child is waited for; {@code p.daemon = True} must come before {@code start}.
 *
 * <p>Try: {@code concdemo daemon}, then {@code concdemo daemon --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 守护进程")
@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        description = {
            "A daemon child ends with main ('is over' never prints); others are waited for.",
            "",
            "The seed's main program is a child JVM, so that it can end while we watch. Then: daemon set after start"
                + " is an error, and a main killed with SIGKILL, which runs no exit code, still takes its daemon with"
                + " it (the child's stdin is a pipe from its parent).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo daemon",
            "  concdemo daemon --time-scale 0.3 --json",
            "  concdemo daemon --python    then a multiprocessing daemon in a real CPython"
        })
public final class DaemonDemo extends ScenarioCommand<DaemonReport> {
    /** How long each child's task sleeps (ours: the seed's daemon section has no code), before --time-scale. */
    static final Duration TASK_SLEEP = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();
    private final PythonOption python = new PythonOption();

    public DaemonDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, python);
    }

    private DaemonRun run;
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

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
        Duration sleep = time.scaled(TASK_SLEEP);
        narrator.say("@|bold daemon|@"
                + Texts.of(DaemonDemo.class)
                        .format(
                                "opening",
                                ProcessHandle.current().pid(),
                                sleep.toNanos() / 1e9,
                                sleep.multipliedBy(2).toNanos() / 1e9));
        if (interpreter != null) {
            narrator.sayPlain(Width.fill(Texts.of(DaemonDemo.class).format("intro.python", interpreter)));
        }
    }

    @Override
    protected DaemonReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new DaemonRun(narrator, time.scaled(TASK_SLEEP));
        DaemonReport java = run.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(time.scaled(TASK_SLEEP));
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
    protected void summarize(Narrator narrator, DaemonReport report) {
        DaemonSummary.print(narrator, report);
        if (py != null) {
            CPythonSummary.print(narrator, report, py);
        }
    }
}
