package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.jvm.ProcessPool;
import dev.concdemo.support.os.CpuTimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One run of the workload on {@code workers} workers of one kind: child JVMs (the seed's
 * ProcessPoolExecutor) or threads of this JVM. Either way each worker takes the next number
 * as soon as it is done with the last, and results are handed on in input order, as the
 * seed's {@code executor.map} yields them.
 */
final class PrimeRun {
    private PrimeRun() {}

    /** One number tested: by which worker (1-based) and when (System.nanoTime). */
    record Checked(long number, boolean prime, int worker, long startNanos, long endNanos) {}

    /** A worker: its name, its pid (0 for a thread), when it was started and ready to work. */
    record Worker(String name, long pid, long startedNanos, long readyNanos) {}

    /** What one run measured. {@code real} and {@code cpu} cover the whole run, children included. */
    record Result(
            WorkerKind kind,
            List<Worker> workers,
            long startNanos,
            long realNanos,
            CpuTimes cpu,
            List<Checked> checked) {
        double coresUsed() {
            return realNanos == 0 ? 0 : (double) cpu.userNanos() / realNanos;
        }

        int primes() {
            return (int) checked.stream().filter(Checked::prime).count();
        }
    }

    static Result run(WorkerKind kind, int workers, List<Long> numbers, Consumer<Checked> inOrder)
            throws IOException, InterruptedException, ExecutionException {
        return switch (kind) {
            case CHILD_JVMS -> onChildJvms(workers, numbers, inOrder);
            case THREADS -> onThreads(workers, numbers, inOrder);
            case VIRTUAL_THREADS ->
                throw new IllegalArgumentException("primes runs on threads or child JVMs (--threads, --procs)");
        };
    }

    private static Result onChildJvms(int size, List<Long> numbers, Consumer<Checked> inOrder)
            throws IOException, InterruptedException, ExecutionException {
        CpuTimes before = CpuTimes.ofThisProcess();
        long start = System.nanoTime();
        List<Checked> checked = new ArrayList<>(numbers.size());
        List<Worker> workers = new ArrayList<>();
        CpuTimes childCpu;
        var pool = new ProcessPool<>(size, "primes-proc", PrimeChecker.class, PrimeChecker.Verdict.class);
        try {
            List<CompletableFuture<ProcessPool.Reply<PrimeChecker.Verdict>>> replies = numbers.stream()
                    .map(n -> pool.submit(new PrimeChecker.Check(n)))
                    .toList();
            for (int i = 0; i < numbers.size(); i++) {
                ProcessPool.Reply<PrimeChecker.Verdict> r = replies.get(i).get();
                Checked c = new Checked(numbers.get(i), r.value().prime(), r.worker(), r.startNanos(), r.endNanos());
                checked.add(c);
                inOrder.accept(c);
            }
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            pool.abort(); // a child died, or the run is being cancelled: the rest is not wanted
            throw e;
        } finally {
            pool.close(); // ends the children; their CPU time and their exit count in the run
        }
        List<long[]> startups = pool.startups();
        for (int i = 0; i < size; i++) {
            workers.add(
                    new Worker("primes-proc-" + (i + 1), pool.pids().get(i), startups.get(i)[0], startups.get(i)[1]));
        }
        childCpu = pool.cpu();
        long real = System.nanoTime() - start;
        CpuTimes cpu = childCpu.plus(CpuTimes.ofThisProcess().minus(before));
        return new Result(WorkerKind.CHILD_JVMS, workers, start, real, cpu, checked);
    }

    private static Result onThreads(int size, List<Long> numbers, Consumer<Checked> inOrder)
            throws InterruptedException, ExecutionException {
        CpuTimes before = CpuTimes.ofThisProcess();
        long start = System.nanoTime();
        String prefix = "primes-thread-";
        List<Checked> checked = new ArrayList<>(numbers.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(
                size, Thread.ofPlatform().name(prefix, 1).factory())) {
            List<CompletableFuture<Checked>> results = numbers.stream()
                    .map(n -> CompletableFuture.supplyAsync(
                            () -> {
                                long s = System.nanoTime();
                                boolean prime = TrialDivision.isPrime(n);
                                int worker = Integer.parseInt(
                                        Thread.currentThread().getName().substring(prefix.length()));
                                return new Checked(n, prime, worker, s, System.nanoTime());
                            },
                            pool))
                    .toList();
            for (CompletableFuture<Checked> result : results) {
                Checked c = result.get();
                checked.add(c);
                inOrder.accept(c);
            }
        }
        long real = System.nanoTime() - start;
        List<Worker> workers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            workers.add(new Worker(prefix + i, 0, start, start));
        }
        return new Result(
                WorkerKind.THREADS,
                workers,
                start,
                real,
                CpuTimes.ofThisProcess().minus(before),
                checked);
    }
}
