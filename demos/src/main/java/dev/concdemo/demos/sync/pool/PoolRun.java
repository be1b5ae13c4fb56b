package dev.concdemo.demos.sync.pool;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.jvm.ChildDiedException;
import dev.concdemo.support.jvm.NotRunException;
import dev.concdemo.support.jvm.ProcessPool;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The seed's pool: submit every task at once (submit returns a future at once), attach a
 * done-callback to each, then shut the pool down, which waits for all of them.
 */
final class PoolRun {
    /** One finished task: its number, result, and the worker (thread name or child pid) that ran it. */
    record Done(int task, long result, String worker) {}

    private final Narrator narrator;
    private final Map<Integer, Done> done = new ConcurrentHashMap<>();
    private final AtomicInteger callbacks = new AtomicInteger();
    private final AtomicInteger notRun = new AtomicInteger(); // queued when a worker died: never started
    private final AtomicReference<Death> death = new AtomicReference<>(); // the first worker that died, if one did
    private String submitAfterShutdown; // what one more submit after close() did (thread pools); null if not tried

    /** A worker that died while running a task: which task, its pid, and how it ended. */
    record Death(int task, long pid, String status) {}

    /** Main's label: it submits the tasks and closes the pool. */
    static final String MAIN = "main";
    /** The label of the done-callbacks' lines, whichever thread runs them. */
    static final String CALLBACK = "callback";
    /** The prefix of the pool's thread names: pool-worker-1, pool-worker-2, ... */
    static final String WORKER = "pool-worker-";

    /** Worker {@code number}'s thread name, from 1. */
    static String workerName(int number) {
        return WORKER + number;
    }

    PoolRun(Narrator narrator) {
        this.narrator = narrator;
    }

    /** Runs {@code tasks} tasks on a pool of {@code workers} of {@code kind}; what the run measured. */
    PoolReport run(WorkerKind kind, int workers, int tasks, Duration work) throws IOException {
        long start = narrator.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        List<Done> finished =
                kind == WorkerKind.THREADS ? onThreads(workers, tasks, work) : onChildJvms(workers, tasks, work);
        long elapsed = System.nanoTime() - start;
        Map<String, List<Integer>> byWorker = finished.stream()
                .collect(Collectors.groupingBy(
                        Done::worker, TreeMap::new, Collectors.mapping(Done::task, Collectors.toList())));
        boolean allRight =
                finished.size() == tasks && finished.stream().allMatch(d -> d.result() == PoolTask.square(d.task()));
        int waves = (tasks + workers - 1) / workers;
        return new PoolReport(
                kind == WorkerKind.THREADS ? "thread" : "process", // the seed's word, as typed
                workers,
                tasks,
                finished.size(),
                callbacks(),
                death(),
                notRun(),
                allRight,
                byWorker.size(),
                byWorker,
                waves,
                waves * work.toMillis(),
                elapsed / 1_000_000,
                submitAfterShutdown(),
                DefaultSizes.of(Runtime.getRuntime().availableProcessors()));
    }

    List<Done> onThreads(int workers, int tasks, Duration work) {
        // ThreadPoolExecutor(5): a fixed set of named, reused threads.
        ExecutorService pool = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name(WORKER, 1).factory());
        try (pool) {
            for (int i = 0; i < tasks; i++) {
                int task = i;
                CompletableFuture<Done> future = CompletableFuture.supplyAsync(() -> run(task, work), pool);
                future.whenComplete(this::callback); // add_done_callback
            }
            narrator.event(
                    MAIN, "submitted %s; each submit returned a future at once".formatted(Units.count(tasks, "task")));
            narrator.event(MAIN, "close(): shutdown, then wait for every task (shutdown(wait=True))");
        } // ExecutorService.close() waits
        narrator.event(MAIN, "close() returned: the pool is shut down");
        // The notes call shutdown() inside their submit loop, so their next submit comes after it: try one.
        try {
            pool.submit(() -> {}).cancel(false);
            submitAfterShutdown = "accepted";
        } catch (RejectedExecutionException refused) {
            submitAfterShutdown = "RejectedExecutionException";
        }
        narrator.event(
                "main",
                "one more submit after close(): %s"
                        .formatted(
                                submitAfterShutdown.equals("accepted")
                                        ? "accepted"
                                        : "refused, " + submitAfterShutdown));
        return results(tasks);
    }

    List<Done> onChildJvms(int workers, int tasks, Duration work) throws IOException {
        try (var pool = new ProcessPool<>(workers, "pool-proc", PoolTask.class, PoolTask.Done.class)) {
            narrator.event(MAIN, "started %d child JVMs, pids %s".formatted(workers, pool.pids()));
            for (int i = 0; i < tasks; i++) {
                int task = i;
                pool.submit(new PoolTask.Task(task, work))
                        .thenApply(reply -> {
                            PoolTask.Done done = reply.value();
                            narrator.event("pid " + done.pid(), "task %d done".formatted(task));
                            return new Done(task, done.square(), "pid " + done.pid());
                        })
                        .whenComplete((result, failure) -> processCallback(task, result, failure));
            }
            narrator.event(
                    MAIN, "submitted %s; each submit returned a future at once".formatted(Units.count(tasks, "task")));
            narrator.event(MAIN, "close(): wait for every task, then end the children");
        }
        narrator.event(MAIN, "close() returned: the children have exited");
        return results(tasks);
    }

    /** What a submit after close() did: "RejectedExecutionException" (refused), "accepted", or null if not tried. */
    String submitAfterShutdown() {
        return submitAfterShutdown;
    }

    int callbacks() {
        return callbacks.get();
    }

    int notRun() {
        return notRun.get();
    }

    /** The worker that died, or null. */
    Death death() {
        return death.get();
    }

    /**
     * A child JVM's future completed: a result; the task its worker died running (told once,
     * by pid and task); or a task still queued then, which never ran (counted, not told).
     */
    private void processCallback(int task, Done result, Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause()
                : failure;
        switch (cause) {
            case null -> callback(result, null);
            case ChildDiedException died -> {
                callbacks.incrementAndGet();
                death.compareAndSet(null, new Death(task, died.pid(), died.status()));
                narrator.event(
                        "callback",
                        Narrator.style(
                                "fg_red",
                                "task %d failed: its worker, pid %d, died: %s; queued tasks will not run"
                                        .formatted(task, died.pid(), died.status())));
            }
            case NotRunException _ -> {
                callbacks.incrementAndGet();
                notRun.incrementAndGet();
            }
            default -> callback(null, cause);
        }
    }

    private Done run(int task, Duration work) {
        String worker = Thread.currentThread().getName();
        narrator.event(worker, "task %d started".formatted(task));
        try {
            Thread.sleep(work); // stands for the task's work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task " + task + " was interrupted", e);
        }
        return new Done(task, PoolTask.square(task), worker);
    }

    private void callback(Done result, Throwable failure) {
        callbacks.incrementAndGet();
        if (failure != null) {
            narrator.event(CALLBACK, Narrator.style("fg_red", "a task failed: " + failure.getMessage()));
            return;
        }
        done.put(result.task(), result);
        narrator.event(
                "callback",
                "task %d's result: %d (ran on %s)".formatted(result.task(), result.result(), result.worker()));
    }

    private List<Done> results(int tasks) {
        List<Done> results = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            if (done.containsKey(i)) {
                results.add(done.get(i));
            }
        }
        return results;
    }
}
