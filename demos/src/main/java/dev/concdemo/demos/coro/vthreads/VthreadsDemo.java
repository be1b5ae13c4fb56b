package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * gevent (seed 002, gevent模块, monkey.patch_all, dummy thread) with the JVM's virtual threads:
 * spawn, joinall and return values; the unpatched call on one carrier; what
 * Thread.currentThread() says; many tasks on few OS threads; never preempted, like greenlets;
 * and where they differ, measured: several carriers run virtual threads in parallel.
 *
 * <p>Try: {@code concdemo vthreads}, then {@code concdemo vthreads --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "002 gevent, monkey.patch_all, dummy thread")
@Command(
        name = "vthreads",
        mixinStandardHelpOptions = true,
        description = {
            "gevent as virtual threads: joinall takes 3 s, not 5; unpatched, on one carrier, 5 s.",
            "",
            "Virtual threads are gevent with everything already patched: sleeping, sockets and locks give the OS"
                + " thread (the carrier) back. A call into C does not: on a JVM with one carrier (a child JVM, since"
                + " the scheduler is JVM-wide) it blocks everyone. Also: what Thread.currentThread() says inside, many"
                + " tasks on few OS threads, a CPU-bound virtual thread starving the others on its carrier (never"
                + " preempted, like a greenlet), and why virtual threads, unlike greenlets, run on in parallel and"
                + " need locks.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo vthreads", "  concdemo vthreads --time-scale 0.3 --json"})
public final class VthreadsDemo extends ScenarioCommand<VthreadsReport> {
    static final Duration FUNC1 = Duration.ofSeconds(2); // the seed's time.sleep(2)
    static final Duration FUNC2 = Duration.ofSeconds(3); // the seed's time.sleep(3)
    static final Duration HOG = Duration.ofSeconds(1); // ours: how long the CPU-bound task computes
    static final Duration TASK_SLEEP = Duration.ofSeconds(1); // ours: each of the many tasks

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(
            names = "--tasks",
            paramLabel = "N",
            description = "Sleeping tasks run at once in step 3 (default: 10000; 1 to 1000000).")
    private int tasks = 10_000;

    @Option(
            names = "--increments",
            paramLabel = "N",
            description = "Unsynchronized n += 1 per virtual thread in step 5 (default: 10000000; 1000 to 100000000).")
    private int increments = 10_000_000;

    private VthreadsRun run; // made on every run, when it is introduced

    public VthreadsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected void check() {
        Ranges.check(spec, "--tasks", tasks, 1, 1_000_000, null);
        Ranges.check(spec, "--increments", increments, 1_000, 100_000_000, null);
    }

    @Override
    protected List<String> labels() {
        return VthreadsRun.labels();
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say(Texts.of(VthreadsDemo.class).format("heading"));
        run = new VthreadsRun(
                narrator,
                time.scaled(FUNC1),
                time.scaled(FUNC2),
                time.scaled(HOG),
                tasks,
                time.scaled(TASK_SLEEP),
                increments);
    }

    @Override
    protected Expected expected() {
        Duration sleeps =
                FUNC2.multipliedBy(2).plus(FUNC1.plus(FUNC2)).plus(TASK_SLEEP).plus(HOG.multipliedBy(2));
        Duration fixed = Duration.ofMillis(2_500); // four child JVMs start, and step 5's race
        return new Expected(time.about(sleeps, fixed), time.shorten(sleeps, fixed));
    }

    @Override
    protected VthreadsReport run(Narrator narrator) throws IOException, InterruptedException, ExecutionException {
        return run.run();
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, VthreadsReport report) {
        VthreadsSummary.print(narrator, report, time.timeScale());
    }
}
