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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
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
public final class VthreadsDemo extends ScenarioCommand<Record> {
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
        n.say(Texts.of(VthreadsDemo.class).format("heading"));
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
        double scale = time.timeScale();
        common.print(session, r, () -> {
            n.sayPlain("");
            Texts texts = Texts.of(VthreadsDemo.class);
            List<String> sentences = new ArrayList<>();
            sentences.add(texts.format(
                    "summary",
                    sleeps(texts, scale),
                    secs(r.joinallMs()),
                    secs(r.oneCarrierPatchedMs()),
                    secs(r.oneCarrierUnpatchedMs()),
                    r.oneCarrierUnpatchedMs() >= 0.9 * (FUNC1.toMillis() + FUNC2.toMillis()) * scale
                            ? texts.format("serial")
                            : texts.format("overlapping"),
                    r.tasks(),
                    r.carriersUsed(),
                    secs(r.tasksMs())));
            sentences.add(starvation(texts, r, Math.round(HOG.toMillis() * scale)));
            sentences.add(race(texts, r));
            n.sayPlain(Width.fill(String.join(Texts.between(), sentences)));
        });
        return ExitCode.OK;
    }

    /** func1's and func2's sleeps: the notes' 2 s and 3 s, and what --time-scale made them here. */
    static String sleeps(Texts texts, double scale) {
        long f1 = FUNC1.toSeconds();
        long f2 = FUNC2.toSeconds();
        return scale == 1.0
                ? texts.format("sleeps.notes", f1, f2)
                : texts.format(
                        "sleeps.scaled",
                        f1,
                        f2,
                        f1 * scale,
                        f2 * scale,
                        BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString());
    }

    /**
     * Step 4: never preempted, as greenlets are not (a likeness), when one carrier shows it;
     * then, with several carriers here, what greenlets cannot do: the others run on.
     */
    static String starvation(Texts texts, VthreadsReport r, long hogMs) {
        long one = r.starvedOneCarrierMs();
        long here = Math.round(r.starvedHereMs());
        String first = one >= hogMs / 2 // the ticker waited out most of the computation
                ? texts.format("starve.like", one, secs(hogMs))
                : texts.format("starve.notSeen", one, secs(hogMs));
        String second = r.carriersHere() >= 2 && here < one / 2
                ? texts.format("starve.parallel", r.carriersHere(), here)
                : texts.format("starve.here", r.carriersHere(), here);
        return first + Texts.between() + second;
    }

    /** Step 5: lost updates with several carriers (unlike greenlets), none this time, or one core. */
    static String race(Texts texts, VthreadsReport r) {
        long expected = 2L * r.increments() * r.rounds();
        long lostOne = expected - r.countOneCarrier();
        long lostHere = expected - r.countHere();
        return r.carriersHere() < 2
                ? texts.format("race.oneCore", lostOne, lostHere, expected)
                : lostHere == 0
                        ? texts.format("race.none", r.carriersHere(), lostOne, expected)
                        : texts.format("race.lost", r.carriersHere(), lostOne, lostHere, expected);
    }

    /** Milliseconds as seconds, in the run's language ("1.20 s", "1.20 秒"). */
    private static String secs(long millis) {
        return Texts.of(VthreadsDemo.class).format("seconds", millis / 1e3);
    }
}
