package dev.concdemo.demos.os.sched;

import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Busy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real scheduler beside the model ({@code sched --real}): CPU-bound child processes pinned
 * to CPU 0 at different nice values, and the share of CPU 0 each got, beside the share Linux's
 * weights predict (its table: nice 0, 5, 10 weigh 1024, 335, 110, and a runnable task gets
 * its weight's share of the CPU); then the same at equal nice; then two Java threads at
 * priorities 10 and 1, which Linux does not see.
 */
final class RealShares {
    /** The kernel's sched_prio_to_weight for the nice values used here. */
    static final Map<Integer, Integer> WEIGHT = Map.of(0, 1024, 5, 335, 10, 110);

    static final List<Integer> NICE = List.of(0, 5, 10);

    /** How long the spinners may take to start (their JVMs boot) before the run gives up. */
    static final Duration READY_WAIT = Duration.ofSeconds(60);

    /**
     * The window opens this long after the go is sent: time for every spinner, even one at
     * nice 10 on a busy CPU 0, to read the go before the window opens.
     */
    static final Duration GO_AHEAD = Duration.ofMillis(500);

    private RealShares() {}

    static SchedReport.Real measure(Narrator n, Duration window) throws IOException, InterruptedException {
        List<SchedReport.Share> niced = children(n, NICE, window);
        List<SchedReport.Share> equal = children(n, List.of(0, 0, 0), window);
        List<SchedReport.Share> java = javaPriorities(window);
        return new SchedReport.Real(window.toMillis(), niced, equal, java);
    }

    private static List<SchedReport.Share> children(Narrator n, List<Integer> nices, Duration window)
            throws IOException, InterruptedException {
        int total = nices.stream().mapToInt(WEIGHT::get).sum();
        Map<Integer, Long> cpu = new ConcurrentHashMap<>();
        Map<Integer, String> trouble = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(nices.size()); // one count per spinner that said it is ready
        List<ChildProcess> started = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        try {
            for (int i = 0; i < nices.size(); i++) {
                int index = i;
                int nice = nices.get(i);
                ChildProcess child = ChildProcess.of(
                                "spinner-" + (i + 1), Spinner.class, List.of(Integer.toString(nice)))
                        .start((pid, line) -> {
                            Optional<SpinnerSays> says = ToParent.read(line, SpinnerSays.class);
                            if (says.isEmpty()) {
                                n.processEvent(pid, line);
                                return;
                            }
                            switch (says.get()) {
                                case SpinnerSays.Cpu(long nanos) -> cpu.put(index, nanos);
                                case SpinnerSays.Late _ -> trouble.put(index, "started after the window opened");
                                case SpinnerSays.NoGo _ -> trouble.put(index, "had no go in time");
                                case SpinnerSays.Ready(boolean pinned, boolean niced) -> {
                                    if (!pinned || !niced) {
                                        trouble.put(index, "could not pin itself or take its nice value");
                                    }
                                    ready.countDown();
                                }
                            }
                        });
                started.add(child);
                pids.add(child.pid());
                n.processEvent(child.pid(), "nice %d, pinned to CPU 0, spinning".formatted(nice));
            }
            // The hand-shake: every spinner is up, pinned and niced, then all get the same
            // window, opening a moment from now (no spinner's start-up eats into it).
            if (!ready.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(
                        "a spinner was not ready within %d s".formatted(READY_WAIT.toSeconds()));
            }
            long from = System.currentTimeMillis() + GO_AHEAD.toMillis();
            long until = from + window.toMillis();
            for (ChildProcess child : started) {
                child.send("go " + from + " " + until);
            }
            for (ChildProcess child : started) {
                child.joinFailure(GO_AHEAD.plus(window).plusSeconds(30)).ifPresent(failure -> {
                    throw new IllegalStateException("a spinner (pid %d) %s".formatted(child.pid(), failure));
                });
            }
        } finally {
            started.forEach(ChildProcess::close);
        }
        if (!trouble.isEmpty()) {
            throw new IllegalStateException(
                    "a spinner " + trouble.values().iterator().next());
        }
        long sum = cpu.values().stream().mapToLong(Long::longValue).sum();
        List<SchedReport.Share> shares = new ArrayList<>();
        for (int i = 0; i < nices.size(); i++) {
            int nice = nices.get(i);
            shares.add(new SchedReport.Share(
                    "nice " + nice,
                    pids.get(i),
                    WEIGHT.get(nice),
                    100.0 * WEIGHT.get(nice) / total,
                    100.0 * cpu.getOrDefault(i, 0L) / Math.max(1, sum),
                    cpu.getOrDefault(i, 0L) / 1_000_000));
        }
        return shares;
    }

    /** Two threads of this JVM pinned to CPU 0, Thread priorities 10 and 1: the share each got. */
    private static List<SchedReport.Share> javaPriorities(Duration window) throws InterruptedException {
        long[] cpu = new long[2];
        int[] priorities = {Thread.MAX_PRIORITY, Thread.MIN_PRIORITY};
        long from = System.currentTimeMillis() + 100;
        long until = from + window.toMillis();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int index = i;
            Thread t = Thread.ofPlatform().name("priority-" + priorities[i]).unstarted(() -> {
                ThreadScheduling.pinToCpu0();
                var mx = ManagementFactory.getThreadMXBean();
                Busy.until(Spinner.nanoTimeAt(from));
                long start = mx.getCurrentThreadCpuTime();
                Busy.until(Spinner.nanoTimeAt(until));
                cpu[index] = mx.getCurrentThreadCpuTime() - start;
            });
            t.setPriority(priorities[i]);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        long sum = Math.max(1, cpu[0] + cpu[1]);
        return List.of(
                new SchedReport.Share(
                        "Java priority 10",
                        ProcessHandle.current().pid(),
                        0,
                        50.0,
                        100.0 * cpu[0] / sum,
                        cpu[0] / 1_000_000),
                new SchedReport.Share(
                        "Java priority 1",
                        ProcessHandle.current().pid(),
                        0,
                        50.0,
                        100.0 * cpu[1] / sum,
                        cpu[1] / 1_000_000));
    }
}
