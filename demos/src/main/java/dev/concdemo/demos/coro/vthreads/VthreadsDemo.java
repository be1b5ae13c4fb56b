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
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * gevent (seed 002, gevent模块, monkey.patch_all, dummy thread) with the JVM's virtual threads:
 * spawn, joinall and return values; the unpatched call on one carrier; what
 * Thread.currentThread() says; many tasks on few OS threads; and two ways virtual threads
 * differ from gevent's greenlets, measured.
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
                + " tasks on few OS threads, a CPU-bound virtual thread starving the others, and why virtual threads,"
                + " unlike greenlets, need locks.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo vthreads", "  concdemo vthreads --time-scale 0.3 --json"})
public final class VthreadsDemo extends ScenarioCommand {
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

    public VthreadsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        Ranges.check(spec, "--tasks", tasks, 1, 1_000_000, null);
        Ranges.check(spec, "--increments", increments, 1_000, 100_000_000, null);
        Narrator n = session.narrator(common, 9);
        n.say("@|bold vthreads|@ (seed 002 gevent): virtual threads, the JVM's gevent");
        Duration sleeps =
                FUNC2.multipliedBy(2).plus(FUNC1.plus(FUNC2)).plus(TASK_SLEEP).plus(HOG.multipliedBy(2));
        Duration fixed = Duration.ofMillis(2_500); // four child JVMs start, and step 5's race
        Duration about = time.about(sleeps, fixed);
        VthreadsReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(sleeps, fixed))) {
            VthreadsRun run = new VthreadsRun(
                    n,
                    time.scaled(FUNC1),
                    time.scaled(FUNC2),
                    time.scaled(HOG),
                    tasks,
                    time.scaled(TASK_SLEEP),
                    increments);
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            long expected = 2L * r.increments() * r.rounds();
            n.sayPlain("");
            Texts texts = Texts.of(VthreadsDemo.class);
            n.sayPlain(texts.format(
                    "summary",
                    secs(r.joinallMs()),
                    secs(r.oneCarrierPatchedMs()),
                    secs(r.oneCarrierUnpatchedMs()),
                    r.oneCarrierUnpatchedMs() >= 0.9 * (FUNC1.toMillis() + FUNC2.toMillis()) * time.timeScale()
                            ? texts.format("serial")
                            : texts.format("overlapping"),
                    r.tasks(),
                    r.carriersUsed(),
                    secs(r.tasksMs()),
                    r.starvedOneCarrierMs(),
                    Math.round(r.starvedHereMs())));
            long lostOne = expected - r.countOneCarrier();
            long lostHere = expected - r.countHere();
            String race = r.carriersHere() < 2
                    ? texts.format("race.oneCore", lostOne, lostHere, expected)
                    : lostHere == 0
                            ? texts.format("race.none", r.carriersHere(), lostOne, expected)
                            : texts.format("race.lost", r.carriersHere(), lostOne, lostHere, expected);
            n.sayPlain(Width.fill(race));
        });
        return ExitCode.OK;
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1e3);
    }
}
