package dev.concdemo.support.jvm;

import dev.concdemo.support.os.CpuTimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pool of child JVMs, the JVM's ProcessPoolExecutor: requests wait in one queue, and each
 * child, through its own dispatcher thread, takes the next one as soon as it has answered
 * the last (so a fast child does more). The children start together: no child takes a request
 * until every child is ready (or has failed to start), so children that boot fast cannot do all
 * the work while a slow one is still starting. If a child dies, its request fails with
 * {@link ChildDiedException}, every one still queued with {@link NotRunException}, and the
 * pool accepts no more.
 *
 * <p>Thread-safe: {@link #submit} from any thread. {@link #close} waits for the work and
 * ends the children (try-with-resources, so no child outlives the pool); {@link #abort}
 * gives up on the work and kills them.
 */
public final class ProcessPool<Q, A> implements AutoCloseable {
    /**
     * One answered request.
     *
     * @param worker which child answered (1-based), with its {@code pid}
     * @param startNanos when the request was handed to the child (System.nanoTime)
     * @param endNanos when its reply arrived
     */
    public record Reply<A>(A value, int worker, long pid, long startNanos, long endNanos) {}

    private record Job<A>(Object request, CompletableFuture<Reply<A>> reply) {}

    private final Job<A> stop = new Job<>(null, null);
    private final Class<A> replyType;

    private final List<ChildJvm> children = new ArrayList<>();
    private final List<Thread> dispatchers = new ArrayList<>();
    private final BlockingQueue<Job<A>> queue = new LinkedBlockingQueue<>();
    private volatile RuntimeException broken;
    private volatile boolean aborted; // we are killing the children: their deaths are ours, not failures
    private final java.util.Map<Long, Long> readyAt = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed; // guarded by this

    /** How long a ready child waits for the others before it takes work anyway. */
    static final long ALL_READY_WAIT_MILLIS = 60_000;

    // Counted down once per child when it is ready or has failed to start: the start line.
    private final CountDownLatch allReady;

    /** Starts {@code size} children named "{@code name}-1" …, each running {@code task}, which replies {@code replyType}s. */
    public ProcessPool(int size, String name, Class<? extends ChildTask<Q, ?>> task, Class<A> replyType)
            throws IOException {
        this(size, name, task, replyType, 0);
    }

    /** The same, with the children started at this {@code nice} value. */
    public ProcessPool(int size, String name, Class<? extends ChildTask<Q, ?>> task, Class<A> replyType, int niceness)
            throws IOException {
        this.replyType = replyType;
        this.allReady = new CountDownLatch(size);
        try {
            for (int i = 1; i <= size; i++) {
                ChildJvm child = ChildJvm.start(name + "-" + i, task, niceness);
                children.add(child);
                int worker = i;
                dispatchers.add(Thread.ofPlatform()
                        .name(name + "-dispatch-" + i)
                        .daemon()
                        .start(() -> dispatch(worker, child)));
            }
        } catch (IOException | RuntimeException e) {
            while (allReady.getCount() > 0) {
                allReady.countDown(); // the children never started will not be ready: nobody waits for them
            }
            close();
            throw e;
        }
    }

    /** Queues a request; the future completes with the reply, or with the child's failure. */
    public CompletableFuture<Reply<A>> submit(Q request) {
        CompletableFuture<Reply<A>> reply = new CompletableFuture<>();
        RuntimeException failure = broken;
        if (failure != null) {
            reply.completeExceptionally(new NotRunException(failure));
        } else {
            queue.add(new Job<>(request, reply));
        }
        return reply;
    }

    /** The children's process ids, in worker order. */
    public List<Long> pids() {
        return children.stream().map(ChildJvm::pid).toList();
    }

    /** Per child: when it was started and when it was ready, in worker order (System.nanoTime; 0 if never ready). */
    public List<long[]> startups() {
        return children.stream()
                .map(c -> new long[] {c.startedNanos(), readyAt.getOrDefault(c.pid(), 0L)})
                .toList();
    }

    /** The threads the pool runs in this JVM now: each child's dispatcher, and the drainer of its stderr. */
    public long threads() {
        return dispatchers.stream().filter(Thread::isAlive).count()
                + children.stream().filter(ChildJvm::drainingStderr).count();
    }

    private void dispatch(int worker, ChildJvm child) {
        try {
            readyAt.put(child.pid(), child.awaitReady());
        } catch (IOException | ChildDiedException e) {
            broken = e instanceof ChildDiedException died ? died : new IllegalStateException(e);
            allReady.countDown(); // it will never be ready: the others need not wait for it
            failQueued(broken);
            return;
        }
        allReady.countDown();
        try {
            // CONDITION PREDICATE: every child ready (or dead), so all start on the queue together.
            allReady.await(ALL_READY_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return; // closing
        }
        while (true) {
            Job<A> job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return; // closing
            }
            if (job == stop) {
                return;
            }
            if (broken != null) {
                job.reply().completeExceptionally(new NotRunException(broken));
                continue;
            }
            long start = System.nanoTime();
            try {
                A value = child.ask(job.request(), replyType);
                job.reply().complete(new Reply<>(value, worker, child.pid(), start, System.nanoTime()));
            } catch (ChildDiedException e) {
                if (aborted) {
                    job.reply().completeExceptionally(new NotRunException(broken)); // killed by abort(), not failed
                    return;
                }
                broken = e;
                job.reply().completeExceptionally(e);
                failQueued(e);
                return;
            } catch (IOException | RuntimeException e) {
                job.reply().completeExceptionally(e);
            }
        }
    }

    /** Fails every queued request; a STOP put there by a concurrent close() goes back, for its dispatcher. */
    private void failQueued(RuntimeException cause) {
        List<Job<A>> left = new ArrayList<>();
        queue.drainTo(left);
        for (Job<A> job : left) {
            if (job == stop) {
                queue.add(stop);
            } else {
                job.reply().completeExceptionally(new NotRunException(cause));
            }
        }
    }

    /**
     * Like {@code ExecutorService.close()}: every request already submitted is answered,
     * then the children end and {@link #cpu} reports their CPU time. Idempotent. If this
     * thread is interrupted while waiting, it {@link #abort}s instead.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dispatchers.forEach(d -> queue.add(stop)); // behind the work already queued
        try {
            for (Thread d : dispatchers) {
                d.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killAll();
        }
        children.forEach(ChildJvm::close);
    }

    /**
     * Like {@code shutdownNow()}, for a run being abandoned: queued requests fail, the
     * children are killed at once, and the pool is closed.
     */
    public void abort() {
        killAll();
        close();
    }

    private void killAll() {
        aborted = true;
        broken = broken != null ? broken : new IllegalStateException("the pool was aborted");
        failQueued(broken);
        children.forEach(ChildJvm::kill);
    }

    /** User and system CPU time of all children, as they reported it when they ended. */
    public CpuTimes cpu() {
        return children.stream().map(ChildJvm::cpu).reduce(CpuTimes.ZERO, CpuTimes::plus);
    }
}
