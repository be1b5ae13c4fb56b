package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of cpu-vs-io: the same CPU-bound and IO-bound loads on each kind of worker in turn,
 * each timed from the first task submitted to the last finished (start-up included).
 */
final class CpuVsIoRun {
    private final int cores;
    private final int cpuTasks;
    private final int fibN;
    private final int ioTasks;
    private final Duration wait;
    private final Narrator n;
    private final List<Workers> kinds;
    /** {cpu, io} nanoseconds per kind timed so far; written by the run, read by a Ctrl-C. */
    private final List<long[]> times = new CopyOnWriteArrayList<>();

    CpuVsIoRun(int cores, int cpuTasks, int fibN, int ioTasks, Duration wait, Narrator n) {
        this.cores = cores;
        this.cpuTasks = cpuTasks;
        this.fibN = fibN;
        this.ioTasks = ioTasks;
        this.wait = wait;
        this.n = n;
        int perTask = Math.max(cpuTasks, ioTasks);
        this.kinds = List.of(
                new Workers.Threads(1, ""),
                new Workers.Threads(cores, "one per core"),
                new Workers.ChildJvms(cores, "one per core"),
                new Workers.Threads(perTask, "one per task"),
                new Workers.VirtualThreads("one per task"),
                new Workers.Mixed(cores, "the seeds' mix"));
    }

    CpuVsIoReport run() throws Exception {
        Load cpu = new Load.Cpu(fibN);
        Load io = new Load.Io(wait);
        new Workers.Threads(1, "warm-up").run(new Load.Cpu(Math.min(fibN, 32)), 40); // JIT-compile fib before timing
        new Workers.Threads(1, "warm-up").run(cpu, 2); // and at the n timed: the first row is not the coldest
        for (Workers w : kinds) {
            long cpuNanos = w.run(cpu, cpuTasks);
            long ioNanos = w.run(io, ioTasks);
            times.add(new long[] {cpuNanos, ioNanos});
            n.event(
                    "measured",
                    "%s: CPU-bound %s, IO-bound %s"
                            .formatted(w.label(), Units.seconds(cpuNanos), Units.seconds(ioNanos)));
        }
        // The baseline is timed again at the end and the faster time kept: a machine that speeds up
        // or slows down during the run must not make every other row look better than the cores allow.
        long again = kinds.getFirst().run(cpu, cpuTasks);
        if (again < times.getFirst()[0]) {
            times.set(0, new long[] {again, times.getFirst()[1]});
        }
        List<CpuVsIoReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            long[] t = times.get(i);
            rows.add(new CpuVsIoReport.Row(
                    kinds.get(i).label(),
                    t[0] / 1_000_000,
                    Units.round2((double) times.getFirst()[0] / t[0]),
                    t[1] / 1_000_000,
                    Units.round2((double) times.getFirst()[1] / t[1])));
        }
        return new CpuVsIoReport("cpu-vs-io", cores, cpuTasks, fibN, ioTasks, wait.toNanos() / 1e6, rows);
    }

    /** What a Ctrl-C reports: the kinds timed so far, and one thread's times. */
    String soFar() {
        return times.isEmpty()
                ? null
                : "%d of %d worker kinds timed; 1 thread: CPU-bound %s, IO-bound %s"
                        .formatted(
                                times.size(),
                                kinds.size(),
                                Units.seconds(times.getFirst()[0]),
                                Units.seconds(times.getFirst()[1]));
    }
}
