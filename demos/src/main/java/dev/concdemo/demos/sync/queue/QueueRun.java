package dev.concdemo.demos.sync.queue;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the seed's Queue(5), behaviour by behaviour: each step is done, measured and told
 * as it is taken; the report holds them all.
 */
final class QueueRun {
    static final int RACE_TRIALS = 50;
    /** How many behaviours the run shows, one step each. */
    static final int STEPS = 8;

    private final Duration watch; // how long a blocked put or get is watched before it is freed
    private final Duration seedTimeout; // the seed's get(timeout=3), scaled
    private final Narrator n;

    QueueRun(Duration watch, Duration seedTimeout, Narrator n) {
        this.watch = watch;
        this.seedTimeout = seedTimeout;
        this.n = n;
    }

    QueueReport run() throws InterruptedException {
        Steps steps = new Steps(n);
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(5);

        for (int i = 0; i < 5; i++) {
            q.put(111);
        }
        steps.add("q.put(111) x 5, then q.full()", "full() = " + (q.remainingCapacity() == 0) + ", 5 items", 0);

        long t = System.nanoTime();
        Thread putter = Thread.ofPlatform().name("putter").start(() -> uninterruptibly(() -> q.put(666)));
        Thread.sleep(watch);
        Thread.State whilePutting = awaitWaiting(putter);
        q.take();
        putter.join();
        steps.add(
                "a 6th q.put() on the full queue",
                "blocked (%s) until a get made room, then went in".formatted(whilePutting),
                ms(t));

        q.clear();
        steps.add("q.get() x 5, then q.empty()", "empty() = " + q.isEmpty(), 0);

        t = System.nanoTime();
        AtomicInteger got = new AtomicInteger();
        Thread getter = Thread.ofPlatform().name("getter").start(() -> uninterruptibly(() -> got.set(q.take())));
        Thread.sleep(watch);
        Thread.State whileGetting = awaitWaiting(getter);
        q.put(222);
        getter.join();
        steps.add(
                "q.get() on the empty queue",
                "blocked (%s) until a put, then got %d".formatted(whileGetting, got.get()),
                ms(t));

        t = System.nanoTime();
        String nowait;
        try {
            q.remove(); // get_nowait()
            nowait = "returned an item (unexpected)";
        } catch (NoSuchElementException e) {
            nowait = "raised at once: queue.Empty (Java: NoSuchElementException from remove())";
        }
        steps.add("q.get_nowait() on the empty queue", nowait, ms(t));

        t = System.nanoTime();
        Integer timed = q.poll(seedTimeout.toNanos(), TimeUnit.NANOSECONDS); // get(timeout=3)
        steps.add(
                "q.get(timeout=3) on the empty queue",
                timed == null
                        ? "raised queue.Empty after %s (Java: poll(timeout) returned null)"
                                .formatted(Units.secondsMs(System.nanoTime() - t))
                        : "got " + timed,
                ms(t));

        int failures = checkThenAct();
        steps.add(
                "if not q.empty(): q.get_nowait(), by two threads at once",
                "%d of %d trials: both saw 'not empty' before either took, one then found nothing"
                        .formatted(failures, RACE_TRIALS),
                0);

        List<Integer> fifo = drain(new ArrayBlockingQueue<>(5), false);
        List<Integer> lifo = drain(new LinkedBlockingDeque<>(5), true);
        List<Integer> priority = drain(new PriorityBlockingQueue<>(), false);
        steps.add(
                "put 3, 1, 2 then get x 3",
                "Queue (FIFO) %s, LifoQueue %s, PriorityQueue %s".formatted(fifo, lifo, priority),
                0);

        return new QueueReport(steps.all(), RACE_TRIALS, failures, fifo, lifo, priority);
    }

    /**
     * Two threads each do "if not empty: take without waiting" on a queue holding one item. A
     * barrier between check and take makes the unlucky interleaving certain, not a matter of
     * timing: both have checked before either takes, so every trial shows the stale check. Returns
     * the trials where one of them then found nothing.
     */
    private static int checkThenAct() throws InterruptedException {
        int failures = 0;
        for (int trial = 0; trial < RACE_TRIALS; trial++) {
            BlockingQueue<Integer> one = new ArrayBlockingQueue<>(1);
            one.add(1);
            AtomicInteger failed = new AtomicInteger();
            // Both threads meet here after checking: the moment between check and act, held open.
            CyclicBarrier bothChecked = new CyclicBarrier(2);
            Runnable checkThenTake = () -> {
                if (!one.isEmpty()) { // BROKEN: true now, perhaps not a moment later
                    try {
                        bothChecked.await(5, TimeUnit.SECONDS);
                        one.remove();
                    } catch (NoSuchElementException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (BrokenBarrierException | TimeoutException e) {
                        // the other thread never came within 5 s: no race in this trial
                    }
                }
            };
            Thread a = Thread.ofPlatform().name("check-a").start(checkThenTake);
            Thread b = Thread.ofPlatform().name("check-b").start(checkThenTake);
            a.join();
            b.join();
            failures += failed.get() > 0 ? 1 : 0;
        }
        return failures;
    }

    /**
     * The state of {@code t} once it is WAITING (blocked in put or take), polled for up to 5 s: a
     * thread just started may not have reached the lock's wait yet on a busy machine.
     */
    private static Thread.State awaitWaiting(Thread t) throws InterruptedException {
        Poll.until(Duration.ofSeconds(5), () -> t.getState() == Thread.State.WAITING);
        return t.getState();
    }

    private static List<Integer> drain(BlockingQueue<Integer> q, boolean asStack) throws InterruptedException {
        for (int x : List.of(3, 1, 2)) {
            if (asStack) {
                ((LinkedBlockingDeque<Integer>) q).putFirst(x); // LifoQueue: put and get at the same end
            } else {
                q.put(x);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            order.add(q.take());
        }
        return order;
    }

    /** This run's steps, each told as it is taken. */
    private record Steps(Narrator n, List<QueueReport.Step> taken) {
        Steps(Narrator n) {
            this(n, new ArrayList<>());
        }

        void add(String behaviour, String result, long millis) {
            taken.add(new QueueReport.Step(behaviour, result, millis));
            n.event(label(taken.size()), "@|bold %s|@: %s".formatted(behaviour, result));
        }

        List<QueueReport.Step> all() {
            return List.copyOf(taken);
        }
    }

    /** The label of step {@code number}'s line: "step 3". */
    static String label(int number) {
        return "step " + number;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @FunctionalInterface
    private interface Blocking {
        void run() throws InterruptedException;
    }

    private static void uninterruptibly(Blocking action) {
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
