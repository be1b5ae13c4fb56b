package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run of the seed's workload: {@code threads} workers each run func1 then func2 under
 * the chosen {@link Fix}, while the {@link Watchdog} looks for a deadlock and breaks it.
 * Returns only when every worker thread has ended.
 */
final class DeadlockRun {
    /** The seed's {@code time.sleep(2)} in func2, before --time-scale. */
    static final Duration SEED_SLEEP = Duration.ofSeconds(2);
    /** How long the trylock fix tries one lock, before --time-scale. */
    static final Duration TRY_TIMEOUT = Duration.ofMillis(100);
    /** How long an interrupted worker may take to end. Every wait in it is interruptible. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    record Settings(Fix fix, int threads, double timeScale, long seed) {
        Duration pause() {
            return scale(SEED_SLEEP);
        }

        Duration tryTimeout() {
            return scale(TRY_TIMEOUT);
        }

        /** No fix can beat this: each thread holds a lock through its pause, and they all need it. */
        Duration lowerBound() {
            return pause().multipliedBy(threads);
        }

        private Duration scale(Duration d) {
            return Duration.ofNanos(Math.max(1, Math.round(d.toNanos() * timeScale)));
        }
    }

    private final Settings settings;
    private final Narrator narrator;
    private final List<Worker> workers = new ArrayList<>();

    DeadlockRun(Settings settings, Narrator narrator) {
        this.settings = settings;
        this.narrator = narrator;
    }

    DeadlockReport run() throws InterruptedException {
        LockNames names = new LockNames();
        LockingProtocol protocol = protocol(names);
        AtomicInteger backOffs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 1; i <= settings.threads(); i++) {
            workers.add(new Worker(i, protocol, narrator, settings.seed(), backOffs, go));
        }
        long start = System.nanoTime();
        // A generous bound: the fixes need about threads x pause; the broken run, one pause.
        long deadline =
                start + settings.lowerBound().multipliedBy(3).plusSeconds(10).toNanos();
        Watchdog.Observation seen;
        try {
            workers.forEach(Thread::start); // as the seed: for i in range(10): MyThread().start()
            go.countDown(); // ... and all of them begin once all are started
            seen = new Watchdog(workers, names, narrator).watch(deadline);
        } finally {
            stopAll(); // also when this thread is interrupted: no worker outlives the run
        }
        return report(seen, backOffs.get());
    }

    private LockingProtocol protocol(LockNames names) {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        Duration pause = settings.pause();
        LockingProtocol protocol =
                switch (settings.fix()) {
                    case NONE -> new AbbaLocks(a, b, pause);
                    case RLOCK -> new AbbaLocks(a, a, pause); // mutexA = mutexB = RLock()
                    case ORDER -> new OrderedLocks(a, b, pause);
                    case TRYLOCK -> new TimedTryLocks(a, b, pause, settings.tryTimeout());
                };
        names.learn(a, "A");
        names.learn(settings.fix() == Fix.RLOCK ? a : b, "B");
        return protocol;
    }

    private void stopAll() throws InterruptedException {
        for (Worker w : workers) {
            if (w.isAlive()) {
                w.endAs(Worker.Outcome.CANCELLED);
                w.interrupt();
            }
        }
        for (Worker w : workers) {
            w.join(STOP_GRACE.toMillis());
            if (w.isAlive()) {
                throw new IllegalStateException(
                        w.getName() + " did not stop within " + STOP_GRACE.toSeconds() + " s of being interrupted");
            }
        }
    }

    /** Times are on the narration's clock, so that they match the timestamped lines. */
    private DeadlockReport report(Watchdog.Observation seen, int backOffs) {
        WaitForCycle cycle = seen.deadlock();
        return new DeadlockReport(
                settings.fix().toString(),
                settings.threads(),
                settings.timeScale(),
                settings.seed(),
                cycle != null,
                cycle == null ? List.of() : cycle.edges(),
                cycle == null ? null : narrator.millisSince(cycle.formedAtNanos()),
                cycle == null ? null : (seen.detectedAtNanos() - cycle.formedAtNanos()) / 1_000_000,
                seen.victim(),
                seen.deadlocks(),
                count(Worker.Outcome.FINISHED),
                count(Worker.Outcome.VICTIM),
                count(Worker.Outcome.CANCELLED),
                backOffs,
                seen.transientCycles(),
                settings.fix() == Fix.NONE ? null : settings.lowerBound().toMillis(),
                narrator.elapsedNanos() / 1_000_000,
                seen.timedOut());
    }

    private int count(Worker.Outcome outcome) {
        return (int) workers.stream().filter(w -> w.outcome() == outcome).count();
    }
}
