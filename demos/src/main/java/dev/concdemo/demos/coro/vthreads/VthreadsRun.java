package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.work.VirtualThreads;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Narrator n;
    private final Duration f1;
    private final Duration f2;
    private final Duration hog;
    private final int tasks;
    private final Duration taskSleep;
    private final int increments;
    private final Map<String, Long> results = new ConcurrentHashMap<>(); // the child's # lines
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

    String soFar() {
        return done;
    }

    VthreadsReport run() throws IOException, InterruptedException, ExecutionException {
        step("1");
        String mainThread = Thread.currentThread().toString();
        n.event("main", "main is " + mainThread);
        String[] taskThread = new String[1];
        long start = System.nanoTime();
        int g1Value;
        try (ExecutorService gevent = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> g1 = gevent.submit(() -> {
                taskThread[0] = Thread.currentThread().toString();
                return Gevent.func1(1, 2, f1, Gevent.Sleep.PATCHED, text -> n.event("func1", text));
            });
            Future<String> g2 =
                    gevent.submit(() -> Gevent.func2(f2, Gevent.Sleep.PATCHED, text -> n.event("func2", text)));
            n.event("main", "type(g1): " + g1.getClass().getName() + " (a Future; g1.value is g1.get())");
            g1Value = g1.get();
            g2.get();
        }
        long joinall = (System.nanoTime() - start) / 1_000_000;
        n.event("main", "joinall took %.2f s; g1.value = %d".formatted(joinall / 1e3, g1Value));
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
                "main",
                "%,d tasks took %.2f s on %d carrier threads; this JVM had %d threads at most"
                        .formatted(tasks, manyMs / 1e3, carriers.size(), peak));
        done = texts.format("soFar.steps", 3);

        step("4");
        int carriersHere = carriersHere();
        double starvedHere = Gevent.starvation(hog);
        n.event(
                "main",
                "here (%d carriers): a 10 ms ticker woke %.0f ms late at worst while another computed %s"
                        .formatted(carriersHere, starvedHere, seconds(hog)));
        child("hog", Long.toString(hog.toMillis()));
        done = texts.format("soFar.steps", 4);

        step("5");
        long countHere = Gevent.unlockedCount(increments);
        n.event(
                "main",
                "here (%d carriers): %d rounds of two virtual threads doing n += 1 %,d times each: n = %,d"
                        .formatted(carriersHere, Gevent.ROUNDS, increments, countHere));
        child("count", Integer.toString(increments));
        done = texts.format("soFar.all", 5);

        return new VthreadsReport(
                "vthreads",
                mainThread,
                taskThread[0],
                g1Value,
                joinall,
                results.getOrDefault("patched", -1L),
                results.getOrDefault("unpatched", -1L),
                tasks,
                manyMs,
                carriers.size(),
                peak,
                carriersHere,
                Math.round(starvedHere * 100) / 100.0,
                results.getOrDefault("hog", -1L),
                increments,
                Gevent.ROUNDS,
                countHere,
                results.getOrDefault("count", -1L));
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
        if (text.startsWith("#")) {
            String[] parts = text.substring(1).split(" ");
            results.put(parts[0], Long.parseLong(parts[1]));
            return;
        }
        n.processEvent(pid, text);
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
