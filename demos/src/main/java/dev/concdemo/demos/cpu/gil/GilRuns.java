package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.work.StartLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** The two experiments of {@code concdemo gil}, each run with and without the simulated GIL. */
final class GilRuns {
    private GilRuns() {}

    /** How long N threads take to compute fib(n) each, under {@code gil}. */
    static long cpuThreads(int threads, int n, Gil gil) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            workers.add(Thread.ofPlatform().name("gil-cpu-" + i).unstarted(() -> {
                try {
                    gil.acquire();
                    try {
                        Fib.fib(n, gil);
                    } finally {
                        gil.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        try {
            for (Thread w : workers) {
                w.join();
            }
        } finally {
            workers.forEach(Thread::interrupt); // only matters if we were interrupted: stop them too
        }
        return System.nanoTime() - start;
    }

    /**
     * An IO-bound thread: 1 ms of "IO" (a sleep, with the GIL released, as CPython releases it
     * around blocking calls), then it needs the GIL back to handle the result. Returns how long
     * each time it waited for the GIL, over {@code window}; with {@code hog}, a CPU-bound
     * thread computes fib in a loop beside it.
     */
    static List<Long> ioWaits(Gil gil, boolean hog, Duration window) throws InterruptedException {
        Duration io = Duration.ofMillis(1);
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread hogThread = Thread.ofPlatform().name("gil-hog").unstarted(() -> {
            try {
                gil.acquire();
                try {
                    while (!stop.get()) {
                        Fib.fib(25, gil);
                    }
                } finally {
                    gil.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread ioThread = Thread.ofPlatform().name("gil-io").unstarted(() -> {
            try {
                long end = System.nanoTime() + window.toNanos();
                gil.acquire();
                try {
                    while (System.nanoTime() < end) {
                        gil.release();
                        Thread.sleep(io); // the IO: the GIL is free meanwhile
                        long back = System.nanoTime();
                        gil.acquire();
                        waits.add(System.nanoTime() - back);
                    }
                } finally {
                    gil.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (hog) {
            hogThread.start();
            Thread.sleep(20); // let the hog take the GIL first
        }
        ioThread.start();
        try {
            ioThread.join();
        } finally {
            stop.set(true);
            ioThread.interrupt();
            if (hog) {
                hogThread.join();
            }
        }
        return List.copyOf(waits);
    }

    /**
     * How many times each of {@code threads} threads must do {@code n += 1} for the race of
     * {@link #increments} to last about {@code intervals} switch intervals on this machine: one
     * thread's best rate alone under an uncontended GIL, over growing runs. The first runs are
     * interpreted and the rate that counts is the compiled one, so it measures for at least 60 ms
     * and until three runs in a row no longer beat the best by a tenth (on a busy machine the JIT
     * compiles late), at most 1 s. Never below 20 million.
     */
    static int incrementsSpanning(Duration interval, int threads, int intervals) throws InterruptedException {
        long chunk = 1_000_000;
        long spent = 0;
        double bestPerNano = 0;
        int sinceBetter = 0;
        while (spent < 60_000_000L || (sinceBetter < 3 && spent < 1_000_000_000L)) {
            long start = System.nanoTime();
            increments(new SimulatedGil(interval), 1, (int) chunk, false);
            long elapsed = Math.max(1, System.nanoTime() - start);
            double perNano = (double) chunk / elapsed;
            sinceBetter = perNano > 1.1 * bestPerNano ? 0 : sinceBetter + 1;
            bestPerNano = Math.max(bestPerNano, perNano);
            spent += elapsed;
            if (elapsed < 10_000_000L && chunk < 1L << 28) {
                chunk *= 2;
            }
        }
        double wanted = bestPerNano * interval.toNanos() * intervals / threads;
        return (int) Math.clamp((long) wanted, 20_000_000L, 1_000_000_000L);
    }

    /** A counter shared by the threads of {@link #increments}; only ever touched by the GIL's holder. */
    private static final class Shared {
        long n; // guarded by the GIL: only its holder runs, and each hand-over goes through its mutex
    }

    /**
     * Seed 001's point about the GIL: it guards the interpreter, not your data. {@code threads}
     * threads each do {@code n += 1} {@code times} times under {@code gil}; as in CPython,
     * {@code n += 1} is several steps (read n, add, store n), and the GIL may change hands
     * between any two of them. With {@code ownLock}, each increment holds a lock of its own;
     * waiting for that lock lets go of the GIL, as CPython's {@code lock.acquire()} does.
     * Returns n's final value: {@code threads * times} if no update was lost.
     */
    static long increments(Gil gil, int threads, int times, boolean ownLock) throws InterruptedException {
        Shared shared = new Shared();
        ReentrantLock lock = new ReentrantLock();
        // All running before any takes the GIL: on a busy machine a thread started late could
        // find the first one done, and no hand-over would fall inside n += 1.
        StartLine start = new StartLine(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            workers.add(Thread.ofPlatform().name("gil-add-" + i).unstarted(() -> {
                start.arrive();
                try {
                    gil.acquire();
                    try {
                        for (int k = 0; k < times; k++) {
                            if (ownLock && !lock.tryLock()) {
                                gil.release(); // a blocking acquire lets go of the GIL, as in CPython
                                lock.lock();
                                gil.acquire();
                            }
                            try {
                                long read = shared.n; // LOAD n
                                gil.check(); // BROKEN without ownLock: the GIL may pass to another thread here
                                shared.n = read + 1; // STORE n: whatever others added meanwhile is lost
                            } finally {
                                if (ownLock) {
                                    lock.unlock();
                                }
                            }
                            gil.check();
                        }
                    } finally {
                        gil.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        workers.forEach(Thread::start);
        try {
            for (Thread w : workers) {
                w.join();
            }
        } finally {
            workers.forEach(Thread::interrupt);
        }
        gil.acquire(); // the final value, read as the holder would: after every hand-over
        try {
            return shared.n;
        } finally {
            gil.release();
        }
    }
}
