package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.jvm.ChildTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Note 001's closing advice in one child JVM: a process for the cores, and inside it many
 * cheap threads for the waits (the notes say coroutines; the JVM's are virtual threads). Each
 * request is a batch of tasks, run on a virtual thread each; the reply comes when all are done.
 */
public final class BatchTask implements ChildTask<BatchTask.Batch, LoadTask.Done> {
    /** A batch of one load's tasks. */
    public sealed interface Batch permits CpuBatch, IoBatch {
        int count();

        Load load();
    }

    /** {@code count} tasks each computing fib(n). */
    public record CpuBatch(int n, int count) implements Batch {
        @Override
        public Load load() {
            return new Load.Cpu(n);
        }
    }

    /** {@code count} tasks each waiting {@code pause}. */
    public record IoBatch(Duration pause, int count) implements Batch {
        @Override
        public Load load() {
            return new Load.Io(pause);
        }
    }

    static Batch of(Load load, int count) {
        return switch (load) {
            case Load.Cpu cpu -> new CpuBatch(cpu.n(), count);
            case Load.Io io -> new IoBatch(io.pause(), count);
        };
    }

    @Override
    public Class<Batch> requestType() {
        return Batch.class;
    }

    @Override
    public LoadTask.Done handle(Batch batch) throws InterruptedException, ExecutionException {
        Load load = batch.load();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < batch.count(); i++) {
                tasks.add(threads.submit(() -> {
                    load.runOnce();
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        return new LoadTask.Done();
    }
}
