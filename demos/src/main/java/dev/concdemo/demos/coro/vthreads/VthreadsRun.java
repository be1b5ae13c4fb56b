package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.work.VirtualThreads;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seed 002's gevent, with the JVM's virtual threads: cheap threads whose blocking calls
 * (sleep, sockets, locks) give their OS thread, the carrier, back to a scheduler, as if
 * gevent had patched everything. What the scheduler cannot see, a call into C, keeps the
 * carrier: the unpatched case. A likeness with gevent is measured, a virtual thread is never
 * preempted (a CPU-bound one starves the others on its carrier, as a CPU-bound greenlet starves
 * its thread), and the difference: virtual threads run in parallel on several carriers (so the
 * others run on beside a CPU-bound one, and shared data needs a lock, as with threads).
 */
final class VthreadsRun {
    /** The label of the seed's main program's lines. */
    static final String MAIN = "main";

    /** The labels of what func1 and func2 say on their virtual threads. */
    static final String FUNC1 = "func1";

    static final String FUNC2 = "func2";

    private final Narrator n;
    private final Duration f1;
    private final Duration f2;
    private final Duration hog;
    private final int tasks;
    private final Duration taskSleep;
    private final int increments;
    private volatile long patchedMs = -1; // what the one-carrier children said, -1 until they say it
    private volatile long unpatchedMs = -1;
    private volatile long starvedMs = -1;
    private volatile long counted = -1;
    private final Texts texts = Texts.of(VthreadsRun.class); // made on the run's thread: its language
    private volatile String done = texts.format("soFar.none");

    VthreadsRun(Narrator n, Duration f1, Duration f2, Duration hog, int tasks, Duration taskSleep, int increments) {
        this.n = n;
        this.f1 = f1;
        this.f2 = f2;
        this.hog = hog;
        this.tasks = tasks;
        this.taskSleep = taskSleep;
        this.increments = increments;
    }

    /** The labels of the run's lines: main's, func1's and func2's, and a child JVM's ({@code pid N}). */
    static List<String> labels() {
        return List.of(MAIN, FUNC1, FUNC2, PidLabels.widest());
    }

    String soFar() {
        return done;
    }

    VthreadsReport run() throws IOException, InterruptedException, ExecutionException {
        step("1");
        String mainThread = Thread.currentThread().toString();
        n.event(MAIN, "main is " + mainThread);
        String[] taskThread = new String[1];
        long start = System.nanoTime();
        int g1Value;
        try (ExecutorService gevent = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> g1 = gevent.submit(() -> {
                taskThread[0] = Thread.currentThread().toString();
                return Gevent.func1(1, 2, f1, Gevent.Sleep.PATCHED, text -> n.event(FUNC1, text));
            });
            Future<String> g2 =
                    gevent.submit(() -> Gevent.func2(f2, Gevent.Sleep.PATCHED, text -> n.event(FUNC2, text)));
            n.event(MAIN, "type(g1): " + g1.getClass().getName() + " (a Future; g1.value is g1.get())");
            g1Value = g1.get();
            g2.get();
        }
        long joinall = (System.nanoTime() - start) / 1_000_000;
        n.event(MAIN, "joinall took %.2f s; g1.value = %d".formatted(joinall / 1e3, g1Value));
        done = texts.format("soFar.one");

        step("2");
        child("sleep", Long.toString(f1.toMillis()), Long.toString(f2.toMillis()));
        done = texts.format("soFar.steps", 2);

        step("3", tasks, taskSleep.toNanos() / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        long manyStart = System.nanoTime();
        try (ExecutorService many = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks; i++) {
                many.submit(() -> {
                    carriers.add(carrier());
                    Thread.sleep(taskSleep);
                    carriers.add(carrier());
                    return null;
                });
            }
        }
        long manyMs = (System.nanoTime() - manyStart) / 1_000_000;
        int peak = threads.getPeakThreadCount();
        n.event(
                MAIN,
                "%,d tasks took %.2f s on %d carrier threads; this JVM had %d threads at most"
                        .formatted(tasks, manyMs / 1e3, carriers.size(), peak));
        done = texts.format("soFar.steps", 3);

        step("4");
        int carriersHere = carriersHere();
        double starvedHere = Gevent.starvation(hog);
        n.event(
                MAIN,
                "here (%d carriers): a 10 ms ticker woke %.0f ms late at worst while another computed %s"
                        .formatted(carriersHere, starvedHere, seconds(hog)));
        child("hog", Long.toString(hog.toMillis()));
        done = texts.format("soFar.steps", 4);

        step("5");
        long countHere = Gevent.unlockedCount(increments);
        n.event(
                MAIN,
                "here (%d carriers): %d rounds of two virtual threads doing n += 1 %,d times each: n = %,d"
                        .formatted(carriersHere, Gevent.ROUNDS, increments, countHere));
        child("count", Integer.toString(increments));
        done = texts.format("soFar.all", 5);

        return new VthreadsReport(
                mainThread,
                taskThread[0],
                g1Value,
                joinall,
                patchedMs,
                unpatchedMs,
                tasks,
                manyMs,
                carriers.size(),
                peak,
                carriersHere,
                Math.round(starvedHere * 100) / 100.0,
                starvedMs,
                increments,
                Gevent.ROUNDS,
                countHere,
                counted);
    }

    /** Runs a mode of {@link OneCarrier} in a child JVM with one carrier; its lines are narrated. */
    private void child(String... args) throws IOException, InterruptedException {
        try (ChildProcess child = ChildProcess.of("one-carrier", OneCarrier.class, List.of(args))
                .jvmOptions(VirtualThreads.ONE_CARRIER)
                .start(this::line)) {
            child.joinFailure(Duration.ofMinutes(5)).ifPresent(failure -> {
                throw new ScenarioFailure("the one-carrier JVM (pid %d) %s".formatted(child.pid(), failure));
            });
        }
    }

    private void line(long pid, String text) {
        switch (ToParent.read(text, OneCarrierSays.class).orElse(null)) {
            case OneCarrierSays.Joined(Gevent.Sleep how, long ms) -> {
                if (how == Gevent.Sleep.PATCHED) {
                    patchedMs = ms;
                } else {
                    unpatchedMs = ms;
                }
            }
            case OneCarrierSays.Starved(long ms) -> starvedMs = ms;
            case OneCarrierSays.Counted(long total) -> counted = total;
            case null -> n.processEvent(pid, text);
        }
    }

    /** The carrier a virtual thread runs on, from its toString: "VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1". */
    private static String carrier() {
        String s = Thread.currentThread().toString();
        int at = s.indexOf('@');
        return at < 0 ? s : s.substring(at + 1);
    }

    private static int carriersHere() {
        String set = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        return set != null ? Integer.parseInt(set) : Runtime.getRuntime().availableProcessors();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private void step(String key, Object... args) {
        n.step(VthreadsRun.class, key, args);
    }
}
