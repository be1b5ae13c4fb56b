package dev.concdemo.demos.sync.rlock;

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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;

/**
 * Shows a recursive (reentrant) lock (seed 001, 递归锁): the thread that holds it may take it
 * again; each acquire raises a hold count and each release lowers it; until the count is
 * back to zero, no other thread gets it. A plain, non-reentrant lock taken twice by its own
 * holder would wait for itself forever: here a timed attempt catches that.
 *
 * <p>Try: {@code concdemo rlock}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 递归锁")
@Command(
        name = "rlock",
        mixinStandardHelpOptions = true,
        description = {
            "A ReentrantLock's hold count rising and falling; a plain lock taken twice blocks.",
            "",
            "RLock (ReentrantLock in Java) counts acquires by its owner: acquire +1, release -1, free at 0, and while"
                    + " the count is above 0 nobody else gets it. Python's Lock (here a Semaphore of one) is not"
                    + " reentrant: its holder asking again waits for itself; a timeout of 1 s reports it instead of"
                    + " hanging.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo rlock --time-scale 0.5")
public final class RlockDemo extends ScenarioCommand {
    static final int DEPTH = 3;
    /** How long the second acquire of the non-reentrant lock waits before it is called blocked, before --time-scale. */
    static final Duration BLOCKED_AFTER = Duration.ofSeconds(1);
    /** How long the first thread keeps the lock at each level, so the other visibly waits; before --time-scale. */
    static final Duration STEP = Duration.ofMillis(200);

    @Mixin
    private TimeScaleOption time;

    public RlockDemo(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws InterruptedException {
        Narrator n = session.narrator(common, 9);
        n.say("@|bold rlock|@ (seed 001 递归锁): mutexA = mutexB = RLock() in Java is a ReentrantLock");
        n.sayPlain("");

        ReentrantLock rlock = new ReentrantLock();
        List<Integer> counts = new ArrayList<>(); // written by Thread-1 under rlock; read by Thread-2 under rlock
        AtomicInteger countWhenOtherGotIt = new AtomicInteger(-1);
        Duration step = time.scaled(STEP);
        Thread other = Thread.ofPlatform().name("Thread-2").unstarted(() -> {
            n.event("Thread-2", "wants the lock");
            rlock.lock();
            try {
                countWhenOtherGotIt.set(counts.isEmpty() ? -1 : counts.getLast());
                n.event("Thread-2", "got it, now that Thread-1's hold count is back to 0");
            } finally {
                rlock.unlock();
            }
        });
        Thread first = Thread.ofPlatform().name("Thread-1").start(() -> {
            try {
                enter(rlock, 1, counts, n, step, other);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.join();
        other.join();

        n.sayPlain("");
        Semaphore lock = new Semaphore(1); // Python's Lock(): a holder asking again waits like anyone else
        Duration blockedAfter = time.scaled(BLOCKED_AFTER);
        lock.acquire();
        n.event("main", "took the non-reentrant lock once");
        long before = System.nanoTime();
        boolean again = lock.tryAcquire(blockedAfter.toNanos(), TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - before;
        if (again) {
            lock.release();
        }
        n.event(
                "main",
                again
                        ? "took it again (unexpected)"
                        : Narrator.style(
                                "fg_red",
                                "asked for it again: blocked, waiting for itself; gave up after %s (a plain acquire() would hang here forever)"
                                        .formatted(Units.secondsMs(waited))));
        lock.release();

        RlockReport report =
                new RlockReport("rlock", List.copyOf(counts), countWhenOtherGotIt.get(), !again, waited / 1_000_000);
        if (common.json()) {
            common.printJson(session, report);
        } else {
            n.sayPlain("");
            n.sayPlain("  hold counts, acquire by acquire: " + report.holdCounts());
            n.sayPlain(Texts.of(RlockDemo.class).format("summary"));
        }
        return ExitCode.OK;
    }

    /** Takes the lock, then recurses one level deeper, then releases: the hold count goes 1, 2, 3, 2, 1, 0. */
    private static void enter(
            ReentrantLock rlock, int level, List<Integer> counts, Narrator n, Duration step, Thread other)
            throws InterruptedException {
        rlock.lock();
        try {
            counts.add(rlock.getHoldCount());
            n.event("Thread-1", "acquire: hold count %d".formatted(rlock.getHoldCount()));
            if (level == 1) {
                other.start(); // it must wait until the count is 0 again
            }
            Thread.sleep(step);
            if (level < DEPTH) {
                enter(rlock, level + 1, counts, n, step, other);
            }
        } finally {
            int after = rlock.getHoldCount() - 1;
            counts.add(after); // recorded while still holding it: Thread-2 reads the list only once it has the lock
            n.event("Thread-1", "release: hold count %d".formatted(after));
            rlock.unlock();
        }
    }
}
