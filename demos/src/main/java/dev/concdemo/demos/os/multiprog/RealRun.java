package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.work.Busy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same jobs for real, on one core: threads pinned to CPU 0 whose CPU phases compute until
 * their own CPU time has grown by the phase's length, and whose IO phases sleep. One thread
 * running the jobs in turn, then a thread per job at once: concurrency without parallelism.
 * Then the seed's second reason for switching: two CPU-bound threads on one core, back to back
 * and together, with the kernel's involuntary context switches counted.
 */
final class RealRun {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall time, the threads' CPU time, and (for the switching part) involuntary switches. */
    record Measured(long wallMs, long cpuMs, long involuntarySwitches) {
        double utilisation() {
            return wallMs == 0 ? 0 : (double) cpuMs / wallMs;
        }
    }

    private RealRun() {}

    static Measured oneAfterAnother(List<Program> programs, Duration unit) throws InterruptedException {
        return run(List.of(() -> {
            for (Program p : programs) {
                phases(p, unit);
            }
        }));
    }

    static Measured overlapped(List<Program> programs, Duration unit) throws InterruptedException {
        List<Work> works = new ArrayList<>();
        for (Program p : programs) {
            works.add(() -> phases(p, unit));
        }
        return run(works);
    }

    /** Two threads needing {@code each} of CPU: one after the other, or both at once. */
    static Measured twoCpuBound(Duration each, boolean together) throws InterruptedException {
        Work spin = () -> Busy.forCpu(each.toNanos());
        if (together) {
            return run(List.of(spin, spin));
        }
        Measured first = run(List.of(spin));
        Measured second = run(List.of(spin));
        return new Measured(
                first.wallMs() + second.wallMs(),
                first.cpuMs() + second.cpuMs(),
                first.involuntarySwitches() + second.involuntarySwitches());
    }

    private interface Work {
        void run() throws InterruptedException;
    }

    private static void phases(Program p, Duration unit) throws InterruptedException {
        for (int i = 0; i < p.phases().size(); i++) {
            long nanos = unit.toNanos() * p.phases().get(i);
            if (Program.cpu(i)) {
                Busy.forCpu(nanos);
            } else {
                Thread.sleep(Duration.ofNanos(nanos)); // IO: the thread is blocked, the CPU is free
            }
        }
    }

    /** Runs each work on its own thread pinned to CPU 0, all at once; wall, CPU and involuntary switches. */
    private static Measured run(List<Work> works) throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        AtomicLong switches = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            threads.add(Thread.ofPlatform().name("job-" + (i + 1)).start(() -> {
                ThreadScheduling.pinToCpu0();
                long before = involuntarySwitches();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                try {
                    work.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                    switches.addAndGet(involuntarySwitches() - before);
                }
            }));
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        return new Measured((System.nanoTime() - start) / 1_000_000, cpu.get() / 1_000_000, switches.get());
    }

    /** This thread's involuntary context switches so far, from /proc/thread-self/status (Linux); 0 elsewhere. */
    static long involuntarySwitches() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
