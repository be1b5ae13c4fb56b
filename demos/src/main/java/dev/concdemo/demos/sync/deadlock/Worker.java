package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One of the seed's {@code MyThread}s ("Thread-1" … "Thread-10"): runs func1 then func2 of
 * a {@link LockingProtocol} and narrates every lock it gets, in the seed's colours. It keeps
 * the bookkeeping the {@link Watchdog} needs: since when it has been waiting for a lock and
 * how many locks it has taken so far (the work a victim would lose).
 */
final class Worker extends Thread {
    /** The seed's background colours: \033[41m … \033[44m for its four print statements. */
    static final String FUNC1_A = "bg_red";

    static final String FUNC1_B = "bg_green";
    static final String FUNC2_B = "bg_yellow";
    static final String FUNC2_A = "bg_blue";

    /** How many back-offs a run narrates before it only counts them. */
    static final int NARRATED_BACK_OFFS = 12;

    enum Outcome {
        RUNNING,
        FINISHED,
        VICTIM,
        CANCELLED
    }

    private final LockingProtocol protocol;
    private final Narrator narrator;
    private final Random random;
    private final AtomicInteger runBackOffs; // shared by all workers of a run
    private final CountDownLatch go; // shared: counted down once every worker of the run is started

    // Written by this thread only; read by the watchdog.
    private volatile long waitingSinceNanos; // 0 while not waiting for a lock
    private volatile String waitingFor;
    private volatile int locksTaken;
    private volatile Outcome outcome = Outcome.RUNNING;
    private volatile String function = "func1"; // the seed's function this thread is in
    private final Map<String, Long> heldSince = new HashMap<>(); // this thread only: lock name -> when taken

    // Written by the watchdog before it interrupts this thread: what the interrupt means.
    private volatile Outcome endAs = Outcome.CANCELLED;

    /** The name of the seed's thread number {@code number}, as Python names it: Thread-1 … */
    static String name(int number) {
        return "Thread-" + number;
    }

    Worker(
            int number,
            LockingProtocol protocol,
            Narrator narrator,
            long seed,
            AtomicInteger runBackOffs,
            CountDownLatch go) {
        super(name(number));
        this.protocol = protocol;
        this.narrator = narrator;
        this.random = new Random(seed * 1_000 + number);
        this.runBackOffs = runBackOffs;
        this.go = go;
    }

    @Override
    public void run() {
        try {
            // All start together: a thread started late (a busy machine) would otherwise find the
            // first one done with both functions, and the run would not be the seed's contest.
            go.await();
            protocol.func1(this);
            function = "func2";
            protocol.func2(this);
            outcome = Outcome.FINISHED;
            narrator.event(getName(), "finished");
        } catch (InterruptedException e) {
            outcome = endAs;
            String where = waitingFor == null ? "" : " while waiting for lock " + waitingFor;
            narrator.event(
                    getName(),
                    switch (endAs) {
                        case VICTIM ->
                            Narrator.style(
                                    "bold,fg_red",
                                    "victim: interrupted" + where + "; released what it held and gave up");
                        default -> Narrator.style("faint", "cancelled" + where);
                    });
            Thread.currentThread().interrupt(); // keep the flag: this thread is ending because of it
        }
    }

    /** Takes {@code lock}, waiting interruptibly so that the watchdog can break a deadlock. */
    void lock(ReentrantLock lock, String name, String style) throws InterruptedException {
        startWaiting(name);
        long since = waitingSinceNanos;
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            waitingSinceNanos = 0; // waitingFor stays, to say what the thread was waiting for
            throw e;
        } finally {
            narrator.trace().span("wait for lock " + name, since, System.nanoTime());
        }
        stopWaiting();
        got(lock, name, style);
    }

    /** Releases {@code lock}; the trace shows how long this thread held it. */
    void unlock(ReentrantLock lock, String name) {
        Long since = heldSince.remove(name);
        lock.unlock();
        if (since != null) {
            narrator.trace().span("hold lock " + name, since, System.nanoTime());
        }
    }

    /** The seed's sleep while holding a lock. */
    void pause(Duration pause) throws InterruptedException {
        try (var _ = narrator.trace().span("sleep " + Units.secondsMs(pause.toNanos()))) {
            Thread.sleep(pause);
        }
    }

    /** Tries {@code lock} for at most {@code timeout}; narrates only success. */
    boolean tryLock(ReentrantLock lock, String name, String style, Duration timeout) throws InterruptedException {
        startWaiting(name);
        long since = waitingSinceNanos;
        boolean taken;
        try {
            taken = lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            waitingSinceNanos = 0; // waitingFor stays, to say what the thread was waiting for
            throw e;
        } finally {
            narrator.trace().span("try lock " + name, since, System.nanoTime());
        }
        stopWaiting();
        if (taken) {
            got(lock, name, style);
        }
        return taken;
    }

    /** Sleeps for a random time below {@code max} after a failed attempt, counting it. */
    void backOff(Duration max, String why) throws InterruptedException {
        long nanos = max.toNanos() <= 0 ? 0 : random.nextLong(max.toNanos());
        int nth = runBackOffs.incrementAndGet();
        if (nth <= NARRATED_BACK_OFFS) {
            narrator.event(
                    getName(),
                    Narrator.style("fg_magenta", "%s; backing off %.1f ms".formatted(why, nanos / 1e6))
                            + (nth == NARRATED_BACK_OFFS ? "  (further back-offs are counted, not shown)" : ""));
        }
        try (var _ = narrator.trace().span("back off")) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    private void startWaiting(String name) {
        waitingFor = name;
        waitingSinceNanos = System.nanoTime();
    }

    private void stopWaiting() {
        waitingFor = null;
        waitingSinceNanos = 0;
    }

    private void got(ReentrantLock lock, String name, String style) {
        heldSince.put(name, System.nanoTime());
        locksTaken++; // written by this thread only
        String holds = lock.getHoldCount() > 1 ? ", hold count " + lock.getHoldCount() : "";
        narrator.event(
                getName(),
                Narrator.style(style, "got lock " + name) + Narrator.style("faint", "  (" + function + holds + ")"));
    }

    void endAs(Outcome meaning) {
        endAs = meaning;
    }

    long waitingSinceNanos() {
        return waitingSinceNanos;
    }

    int locksTaken() {
        return locksTaken;
    }

    Outcome outcome() {
        return outcome;
    }
}
