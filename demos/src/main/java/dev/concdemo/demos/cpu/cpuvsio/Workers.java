package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.jvm.ChildTask;
import dev.concdemo.support.jvm.ProcessPool;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The kinds of worker the notes weigh against each other, each able to run a batch of tasks. */
sealed interface Workers permits Workers.Threads, Workers.ChildJvms, Workers.VirtualThreads, Workers.Mixed {

    /** Threads, child JVMs or virtual threads. */
    WorkerKind kind();

    /** A label for the table, e.g. "2 threads (one per core)", in the run's language. */
    String label();

    /** Why this many: the bundle's {@code why.<key>} in brackets ("one per core"), or nothing for "". */
    private static String why(String why) {
        return why.isEmpty() ? "" : texts().format("why", texts().format("why." + why));
    }

    private static Texts texts() {
        return Texts.of(Workers.class);
    }

    /**
     * One batch timed: its wall time, start-up included, and for child JVMs how long after the
     * pool was asked for them the last one was ready to work (0 for threads, which need none).
     */
    record Timed(long nanos, long startUpNanos) {}

    /** Runs {@code tasks} copies of {@code load} and returns the wall time, start-up included. */
    Timed run(Load load, int tasks) throws IOException, InterruptedException, ExecutionException;

    /** A fixed pool of {@code size} platform threads. */
    record Threads(int size, String why) implements Workers {
        @Override
        public WorkerKind kind() {
            return WorkerKind.THREADS;
        }

        @Override
        public String label() {
            return texts().count("workers." + kind().name(), size) + Workers.why(why);
        }

        @Override
        public Timed run(Load load, int tasks) throws InterruptedException, ExecutionException {
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(
                    size, Thread.ofPlatform().name("cpuvsio-thread-", 1).factory())) {
                await(submitAll(pool, load, tasks));
            }
            return new Timed(System.nanoTime() - start, 0);
        }
    }

    /** A virtual thread per task: the JVM's cheap threads, parked (not blocking a carrier) while they wait. */
    record VirtualThreads(String why) implements Workers {
        @Override
        public WorkerKind kind() {
            return WorkerKind.VIRTUAL_THREADS;
        }

        @Override
        public String label() {
            return texts().format("workers.virtual") + Workers.why(why);
        }

        @Override
        public Timed run(Load load, int tasks) throws InterruptedException, ExecutionException {
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                await(submitAll(pool, load, tasks));
            }
            return new Timed(System.nanoTime() - start, 0);
        }
    }

    /** A pool of {@code size} child JVMs; their start-up counts, as it does for the notes' ProcessPoolExecutor. */
    record ChildJvms(int size, String why) implements Workers {
        @Override
        public WorkerKind kind() {
            return WorkerKind.CHILD_JVMS;
        }

        @Override
        public String label() {
            return texts().count("workers." + kind().name(), size) + Workers.why(why);
        }

        @Override
        public Timed run(Load load, int tasks) throws IOException, InterruptedException, ExecutionException {
            return onChildJvms(size, "cpuvsio-proc", LoadTask.class, Collections.nCopies(tasks, load));
        }
    }

    /**
     * Note 001's advice: {@code size} child JVMs, one per core, for the computing, each running
     * its share of the tasks on a virtual thread each, for the waiting.
     */
    record Mixed(int size, String why) implements Workers {
        @Override
        public WorkerKind kind() {
            return WorkerKind.CHILD_JVMS;
        }

        @Override
        public String label() {
            return texts().format("workers.mixed", texts().count("workers." + kind().name(), size)) + Workers.why(why);
        }

        @Override
        public Timed run(Load load, int tasks) throws IOException, InterruptedException, ExecutionException {
            List<BatchTask.Batch> batches = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int share = tasks / size + (i < tasks % size ? 1 : 0); // as even as it goes
                if (share > 0) {
                    batches.add(BatchTask.of(load, share));
                }
            }
            return onChildJvms(size, "cpuvsio-mixed", BatchTask.class, batches);
        }
    }

    /**
     * Starts {@code size} child JVMs running {@code task}, sends them {@code requests} and waits
     * for every reply; returns the wall time, the children's start-up included (as for the
     * notes' ProcessPoolExecutor), and when the last child was ready, counted from the same start
     * (the pool hands out no work before that). On a failure or an interrupt the children are killed.
     */
    private static <Q> Timed onChildJvms(
            int size, String name, Class<? extends ChildTask<Q, ?>> task, List<? extends Q> requests)
            throws IOException, InterruptedException, ExecutionException {
        long start = System.nanoTime();
        long lastReady;
        try (var pool = new ProcessPool<Q, LoadTask.Done>(size, name, task, LoadTask.Done.class)) {
            List<CompletableFuture<ProcessPool.Reply<LoadTask.Done>>> replies = new ArrayList<>();
            requests.forEach(request -> replies.add(pool.submit(request)));
            try {
                for (var reply : replies) {
                    reply.get();
                }
            } catch (ExecutionException | InterruptedException e) {
                pool.abort();
                throw e;
            }
            lastReady = pool.startups().stream().mapToLong(s -> s[1]).max().orElse(start);
        }
        return new Timed(System.nanoTime() - start, lastReady - start);
    }

    private static List<Future<?>> submitAll(ExecutorService pool, Load load, int tasks) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            futures.add(pool.submit(() -> {
                load.runOnce();
                return null;
            }));
        }
        return futures;
    }

    private static void await(List<Future<?>> futures) throws InterruptedException, ExecutionException {
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
