package dev.concdemo.demos.os.states;

import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.work.Busy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Five threads whose work moves them between the seed's three states, all pinned to CPU 0 so
 * that more are runnable than there are cores: two that only compute (running and ready by
 * turns), one that sleeps and computes, one that waits for a lock main holds, one blocked in a
 * socket read until main writes. A sampler on another thread reads, every millisecond, each
 * one's Java state and what the kernel says of it.
 */
final class StatesRun {
    /** One thread's samples, Java's letter and the kernel's, and its kernel id. */
    record Track(String name, long tid, StringBuilder java, StringBuilder kernel) {}

    private final long scale; // ms per story unit (100 at --time-scale 1)
    private final Object lock = new Object(); // held by main for the locker's first 4 units
    private volatile double sampleMs; // the sampler's mean period, written by it before it ends

    StatesRun(double timeScale) {
        this.scale = Math.max(5, Math.round(100 * timeScale));
    }

    /** Runs the story (about 12 units) and tallies each thread's track, in start order. */
    StatesReport run() throws IOException, InterruptedException {
        long began = System.nanoTime();
        List<Track> tracks = tracks();
        return StatesTally.report(tracks, sampleMs, (System.nanoTime() - began) / 1_000_000);
    }

    private List<Track> tracks() throws IOException, InterruptedException {
        Map<String, Long> tids = new ConcurrentHashMap<>();
        CountDownLatch started = new CountDownLatch(5);
        List<Thread> workers = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket writer = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket readEnd = server.accept()) {
            workers.add(worker("compute-1", tids, started, () -> compute(10)));
            workers.add(worker("compute-2", tids, started, () -> compute(10)));
            workers.add(worker("sleeper", tids, started, () -> {
                for (int i = 0; i < 4; i++) {
                    Thread.sleep(2 * scale);
                    compute(1);
                }
            }));
            workers.add(worker("locker", tids, started, () -> {
                synchronized (lock) { // blocked on a monitor: Java says BLOCKED, the kernel sleeping
                    compute(2);
                }
            }));
            workers.add(worker("reader", tids, started, () -> {
                try (InputStream in = readEnd.getInputStream()) {
                    in.read(); // blocked in the kernel; to Java this thread is RUNNABLE
                }
                compute(2);
            }));
            Map<String, Track> tracks = new LinkedHashMap<>();
            Thread sampler;
            synchronized (lock) {
                workers.forEach(Thread::start);
                started.await();
                for (Thread w : workers) {
                    tracks.put(
                            w.getName(),
                            new Track(w.getName(), tids.get(w.getName()), new StringBuilder(), new StringBuilder()));
                }
                sampler = Thread.ofPlatform().name("states-sampler").start(() -> sampleMs = sample(workers, tracks));
                Thread.sleep(4 * scale);
            } // the locker may go
            Thread.sleep(2 * scale);
            writer.getOutputStream().write('x'); // the reader may go
            writer.getOutputStream().flush();
            for (Thread w : workers) {
                w.join();
            }
            sampler.join();
            return List.copyOf(tracks.values());
        } finally {
            workers.forEach(Thread::interrupt);
        }
    }

    private interface Work {
        void run() throws IOException, InterruptedException;
    }

    private Thread worker(String name, Map<String, Long> tids, CountDownLatch started, Work work) {
        return Thread.ofPlatform().name(name).unstarted(() -> {
            ThreadScheduling.pinToCpu0();
            tids.put(name, KernelView.currentTid());
            started.countDown();
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) { // a socket closed under it on interrupt: the run is over
                Swallowed.report(name + "'s read", e);
            }
        });
    }

    /** Computes for {@code units} of wall time (on the CPU for less of it, when others are ready). */
    private void compute(int units) {
        Busy.until(System.nanoTime() + units * scale * 1_000_000L);
    }

    /** The sampler's mean period, in ms, once {@link #run} has returned. */
    double sampleMs() {
        return sampleMs;
    }

    /**
     * Every millisecond until every worker has ended: Java's state and the kernel's, per thread.
     * Returns the mean period achieved (a sleep of 1 ms and ten file reads take more).
     */
    private static double sample(List<Thread> workers, Map<String, Track> tracks) {
        boolean kernel = KernelView.available();
        long start = System.nanoTime();
        int rounds = 0;
        Map<String, KernelView.Reading> last = new LinkedHashMap<>();
        for (Thread w : workers) { // a first reading, so that every sample covers an interval
            if (kernel) {
                last.put(w.getName(), KernelView.read(tracks.get(w.getName()).tid()));
            }
        }
        while (workers.stream().anyMatch(Thread::isAlive)) {
            rounds++;
            for (Thread w : workers) {
                Track track = tracks.get(w.getName());
                Thread.State state = w.getState();
                if (state == Thread.State.TERMINATED) {
                    continue;
                }
                track.java().append(StateNames.JAVA.get(state));
                KernelView.Reading now = kernel ? KernelView.read(track.tid()) : null;
                KernelView.Reading before = last.put(w.getName(), now);
                track.kernel()
                        .append(
                                now == null
                                        ? '?'
                                        : before == null
                                                ? '?' // no earlier reading to compare with
                                                : KernelView.classify(before, now));
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return (System.nanoTime() - start) / 1e6 / Math.max(1, rounds);
    }
}
