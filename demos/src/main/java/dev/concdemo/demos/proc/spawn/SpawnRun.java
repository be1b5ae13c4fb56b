package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.os.Subreaper;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Percentiles;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * One run of the seed's process basics: a child started from a function by name and from a
 * class, main's line and the child's first (main's usually first, as start only asks the OS;
 * nothing orders them, so the run says which came first), join, the pids from both sides,
 * terminate and is_alive, and what a child process costs beside a thread. Every child is a
 * JVM of this program; all of them are closed (killed if need be) when the run ends.
 */
final class SpawnRun {
    /** A child to terminate sleeps no longer than this, whatever happens to us. */
    private static final Duration SLEEPER_LIFE = Duration.ofSeconds(20);

    private static final int THREAD_SAMPLES = 50;

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final long mainPid = ProcessHandle.current().pid();
    private final List<ChildProcess> children = new ArrayList<>(); // the command's thread only
    private final List<String> lines = new CopyOnWriteArrayList<>(); // "pid N: text", as printed
    private volatile int stepsDone;
    private volatile long parentSeenByChild = -1; // what the pids child printed as its os.getppid()
    private static final String PARENT_SAYS = "父pid is ";

    SpawnRun(Narrator n) {
        this.n = n;
    }

    String soFar() {
        return stepsDone + " of 5 steps; " + children.size() + " child processes started";
    }

    SpawnReport run() throws IOException, InterruptedException {
        try {
            return steps();
        } finally {
            children.forEach(ChildProcess::close);
        }
    }

    private SpawnReport steps() throws IOException, InterruptedException {
        Subreaper.become(); // done here, not inside the first start(): it links C functions, which takes a while
        step("1");
        ChildProcess byName = start(ChildProcess.ofTarget("task", SpawnPrograms.class, "task", List.of("egon")));
        long mainSaid =
                say("主 (start() returned after %.1f ms)".formatted((System.nanoTime() - byName.startedNanos()) / 1e6));
        join(byName);
        boolean mainFirst = byName.firstLineNanos() > mainSaid;
        n.event(
                main,
                mainFirst
                        ? "主 came first: start() asked the OS for a process and returned; the child's JVM was still"
                                + " starting"
                        : "the child printed before 主 this time");
        stepsDone = 1;

        step("2");
        ChildProcess byClass = start(ChildProcess.of("MyProcess", SpawnPrograms.MyProcess.class, List.of()));
        join(byClass);
        say("主 (after join: main waited for pid " + byClass.pid() + " to end)");
        stepsDone = 2;

        step("3");
        ChildProcess pids = start(ChildProcess.ofTarget("pids", SpawnPrograms.class, "pids", List.of()));
        say("p.pid is " + pids.pid() + "; os.getpid() is " + mainPid);
        join(pids);
        long childParent = parentSeenByChild;
        stepsDone = 3;

        step("4");
        ChildProcess sleeper = start(ChildProcess.ofTarget(
                "sleeper", SpawnPrograms.class, "sleeper", List.of(Long.toString(SLEEPER_LIFE.toMillis()))));
        awaitFirstLine(sleeper);
        sleeper.terminate();
        boolean aliveAtOnce = sleeper.isAlive();
        long terminated = System.nanoTime();
        say("p.terminate(); p.is_alive() → " + python(aliveAtOnce) + " (at once)");
        Poll.until(SLEEPER_LIFE, () -> !sleeper.isAlive());
        long goneAfter = System.nanoTime() - terminated;
        OptionalInt exit = sleeper.waitFor(Duration.ofSeconds(5));
        int status = exit.orElse(-1);
        say("p.is_alive() → False, %.1f ms after terminate(); exit status %d%s"
                .formatted(goneAfter / 1e6, status, status > 128 ? " = 128 + signal " + (status - 128) : ""));
        stepsDone = 4;

        step("5");
        long[] childStarts = children.stream()
                .mapToLong(c -> c.firstLineNanos() - c.startedNanos())
                .toArray();
        long[] threadStarts = threadStarts();
        stepsDone = 5;
        return new SpawnReport(
                mainPid,
                List.copyOf(lines),
                children.stream().map(ChildProcess::pid).toList(),
                mainFirst,
                pids.pid(),
                childParent,
                aliveAtOnce,
                goneAfter / 1e6,
                status,
                Percentiles.median(childStarts) / 1e6,
                childStarts.length,
                Percentiles.median(threadStarts) / 1e3,
                threadStarts.length);
    }

    private ChildProcess start(ChildProcess child) throws IOException {
        children.add(child);
        child.start((pid, line) -> {
            if (line.startsWith(PARENT_SAYS)) {
                parentSeenByChild = Long.parseLong(line.substring(PARENT_SAYS.length()));
            }
            lines.add("pid " + pid + ": " + line);
            n.processEvent(pid, line);
        });
        return child;
    }

    /** p.join(); a child that ends other than by returning is this run's failure: said once, exit 1. */
    private void join(ChildProcess child) throws InterruptedException {
        Optional<String> failure = child.joinFailure(Duration.ofSeconds(30));
        n.trace().processSpan(child.pid(), "pid " + child.pid(), "alive", child.startedNanos(), System.nanoTime());
        failure.ifPresent(f -> {
            throw new ScenarioFailure("pid %d (%s) %s".formatted(child.pid(), child.name(), f));
        });
    }

    private static void awaitFirstLine(ChildProcess child) throws InterruptedException {
        Poll.until(Duration.ofSeconds(30), () -> child.firstLineNanos() != 0 || !child.isAlive());
    }

    /** Start-up to first statement of {@value #THREAD_SAMPLES} threads, one at a time, in ns. */
    private static long[] threadStarts() throws InterruptedException {
        long[] took = new long[THREAD_SAMPLES];
        for (int i = 0; i < took.length; i++) {
            CountDownLatch running = new CountDownLatch(1);
            long[] at = new long[1];
            long start = System.nanoTime();
            Thread t = Thread.ofPlatform().name("spawn-thread-" + i).start(() -> {
                at[0] = System.nanoTime();
                running.countDown();
            });
            running.await();
            took[i] = at[0] - start;
            t.join();
        }
        return took;
    }

    private static String python(boolean b) {
        return b ? "True" : "False";
    }

    /** Main says a line; returns when it began saying it. */
    private long say(String text) {
        long now = System.nanoTime();
        lines.add(main + ": " + text);
        n.event(main, text);
        return now;
    }

    private void step(String key, Object... args) {
        n.step(SpawnRun.class, key, args);
    }
}
