package dev.concdemo.demos.sync.queue;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;

/**
 * Shows a blocking queue, behaviour by behaviour in the seed's order (001, 队列 and 线程q):
 * Queue(5) is full after five puts and a sixth blocks; get blocks on an empty queue;
 * get_nowait raises at once, get(timeout=3) after 3 s; full() and empty() are true only for
 * an instant; and FIFO, LIFO and priority queues give the same items back in three orders.
 *
 * <p>Try: {@code concdemo queue --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 队列, 线程q")
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = {
            "Queue(5) behaviour by behaviour; FIFO, LIFO and priority queues.",
            "",
            "Java's ArrayBlockingQueue(5) is the seed's Queue(5): put/take block, offer/poll take a timeout, remove() "
                    + "is get_nowait. LinkedBlockingDeque used from one end is LifoQueue; PriorityBlockingQueue is "
                    + "PriorityQueue. Blocked threads are shown by their state until something frees them.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo queue --time-scale 0.3")
public final class QueueDemo extends ScenarioCommand {
    /** The seed's get(timeout=3), before --time-scale. */
    static final Duration SEED_TIMEOUT = Duration.ofSeconds(3);
    /** How long a blocked put or get is watched before it is freed, before --time-scale. */
    static final Duration WATCH = Duration.ofSeconds(1);

    static final int RACE_TRIALS = 50;

    @Mixin
    private TimeScaleOption time;

    public QueueDemo(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws InterruptedException {
        Narrator n = session.narrator(common, 7);
        Steps steps = new Steps(n);
        n.say("@|bold queue|@ (seed 001 队列): q = Queue(5) is java.util.concurrent.ArrayBlockingQueue(5)");
        n.sayPlain("");
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(5);
        Duration watch = time.scaled(WATCH);

        for (int i = 0; i < 5; i++) {
            q.put(111);
        }
        steps.add("q.put(111) x 5, then q.full()", "full() = " + (q.remainingCapacity() == 0) + ", 5 items", 0);

        long t = System.nanoTime();
        Thread putter = Thread.ofPlatform().name("putter").start(() -> uninterruptibly(() -> q.put(666)));
        Thread.sleep(watch);
        Thread.State whilePutting = putter.getState();
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
        Thread.State whileGetting = getter.getState();
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
        Integer timed = q.poll(time.scaled(SEED_TIMEOUT).toNanos(), TimeUnit.NANOSECONDS); // get(timeout=3)
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
                "%d of %d trials: both saw 'not empty', one then found nothing".formatted(failures, RACE_TRIALS),
                0);

        List<Integer> fifo = drain(new ArrayBlockingQueue<>(5), false);
        List<Integer> lifo = drain(new LinkedBlockingDeque<>(5), true);
        List<Integer> priority = drain(new PriorityBlockingQueue<>(), false);
        steps.add(
                "put 3, 1, 2 then get x 3",
                "Queue (FIFO) %s, LifoQueue %s, PriorityQueue %s".formatted(fifo, lifo, priority),
                0);

        QueueReport report = new QueueReport("queue", steps.all(), RACE_TRIALS, failures, fifo, lifo, priority);
        if (common.json()) {
            common.printJson(session, report);
        } else {
            n.sayPlain("");
            n.sayPlain(Texts.of(QueueDemo.class).format("summary", failures, RACE_TRIALS));
        }
        return ExitCode.OK;
    }

    /**
     * Two threads each do "if not empty: take without waiting" on a queue holding one item,
     * with a short pause between check and take. Returns the trials where one of them failed.
     */
    private static int checkThenAct() throws InterruptedException {
        int failures = 0;
        for (int trial = 0; trial < RACE_TRIALS; trial++) {
            BlockingQueue<Integer> one = new ArrayBlockingQueue<>(1);
            one.add(1);
            AtomicInteger failed = new AtomicInteger();
            Runnable checkThenTake = () -> {
                if (!one.isEmpty()) { // BROKEN: true now, perhaps not a moment later
                    try {
                        Thread.sleep(1);
                        one.remove();
                    } catch (NoSuchElementException | InterruptedException e) {
                        failed.incrementAndGet();
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
            n.event("step " + taken.size(), "@|bold %s|@: %s".formatted(behaviour, result));
        }

        List<QueueReport.Step> all() {
            return List.copyOf(taken);
        }
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
