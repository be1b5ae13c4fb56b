package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of cpu-vs-io: the same CPU-bound and IO-bound loads on each kind of worker in turn,
 * each timed from the first task submitted to the last finished (start-up included); then a
 * small CPU-bound load on one thread and on child JVMs, where their start-up dominates.
 */
final class CpuVsIoRun {
    /** What a pool of child JVMs takes to start, for the run's estimate of its own length only. */
    private static final long CHILD_START_GUESS = 400_000_000L;

    /** The label of the run's timestamped lines: each says what was measured. */
    static final String LABEL = "measured";

    /** The small load is this much lower in n: fib(n − 4) is about 1/7 of fib(n)'s work. */
    static final int SMALLER_BY = 4;

    private final int cores;
    private final int cpuTasks;
    private final int fibN;
    private final int smallN;
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
        this.smallN = Math.max(16, fibN - SMALLER_BY);
        this.ioTasks = ioTasks;
        this.wait = wait;
        this.n = n;
        this.kinds = kinds(cores, cpuTasks, ioTasks);
    }

    /** The kinds of worker timed, in the order of the report's rows; the first is the baseline. */
    static List<Workers> kinds(int cores, int cpuTasks, int ioTasks) {
        int perTask = Math.max(cpuTasks, ioTasks);
        return List.of(
                new Workers.Threads(1, ""),
                new Workers.Threads(cores, "core"),
                new Workers.ChildJvms(cores, "core"),
                new Workers.Threads(perTask, "task"),
                new Workers.VirtualThreads("task"),
                new Workers.Mixed(cores, "mix"));
    }

    CpuVsIoReport run() throws Exception {
        Load cpu = new Load.Cpu(fibN);
        Load io = new Load.Io(wait);
        Load small = new Load.Cpu(smallN);
        Workers one = kinds.getFirst();
        one.run(new Load.Cpu(Math.min(fibN, 32)), 40); // JIT-compile fib before timing
        long perTask = one.run(cpu, 2).nanos() / 2; // and at the n timed: the first row is not the coldest
        long childStart = 0;
        Crossover.Measured smallCase;
        Texts texts = Texts.of(CpuVsIoRun.class);
        try (var _ = n.expect(estimate(perTask), texts.format("shorten"))) {
            for (Workers w : kinds) {
                Workers.Timed cpuTime = w.run(cpu, cpuTasks);
                long ioNanos = w.run(io, ioTasks).nanos();
                times.add(new long[] {cpuTime.nanos(), ioNanos});
                if (w instanceof Workers.ChildJvms) {
                    childStart = cpuTime.startUpNanos();
                }
                n.event(
                        LABEL,
                        texts.format("measured", w.label(), Units.seconds(cpuTime.nanos()), Units.seconds(ioNanos)));
            }
            // The baseline is timed again at the end (two tasks of the same size, scaled) and the
            // faster kept: a machine that speeds up or slows down during the run must not make
            // every other row look better than the cores allow.
            int again = Math.min(2, cpuTasks);
            long baseline = one.run(cpu, again).nanos() * cpuTasks / again;
            if (baseline < times.getFirst()[0]) {
                times.set(0, new long[] {baseline, times.getFirst()[1]});
            }
            long smallOne = one.run(small, cpuTasks).nanos();
            Workers children = new Workers.ChildJvms(cores, "");
            long smallChildren = children.run(small, cpuTasks).nanos();
            smallCase = new Crossover.Measured(cpuTasks, smallN, smallOne, smallChildren);
            n.event(
                    LABEL,
                    texts.format(
                            "measured.small",
                            cpuTasks,
                            smallN,
                            kinds.getFirst().label(),
                            Units.seconds(smallOne),
                            children.label(),
                            Units.seconds(smallChildren)));
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
        int childRow = kinds.indexOf(kinds.stream()
                .filter(k -> k instanceof Workers.ChildJvms)
                .findFirst()
                .orElseThrow());
        var payoff = Crossover.of(
                cores,
                childStart,
                rows.get(1).cpuSpeedup(),
                smallCase,
                new Crossover.Measured(cpuTasks, fibN, times.getFirst()[0], times.get(childRow)[0]));
        return new CpuVsIoReport(cores, cpuTasks, fibN, ioTasks, wait.toNanos() / 1e6, rows, payoff);
    }

    /** About how long the rows will take, from one warm task's time: for the narrator to announce. */
    private Duration estimate(long perTaskNanos) {
        int parallel = Math.min(cores, cpuTasks);
        double oneThread = (double) perTaskNanos * cpuTasks;
        double smallOneThread = oneThread / Math.pow(1.618, fibN - smallN);
        double waits = (double) ioTasks * wait.toNanos();
        double nanos = oneThread
                + 5 * oneThread / parallel // threads per core, per task, virtual, child JVMs, the mix
                + 2 * perTaskNanos // the baseline again
                + smallOneThread * (1 + 1.0 / parallel)
                + waits * (1 + 2.0 / cores) // 1 thread, one per core, child JVMs
                + 3 * wait.toNanos() // the rest wait all at once
                + 5 * CHILD_START_GUESS; // five pools of child JVMs
        return Duration.ofNanos((long) nanos);
    }

    /** What a Ctrl-C reports: the kinds timed so far, and one thread's times. */
    String soFar() {
        return times.isEmpty()
                ? null
                : Texts.of(CpuVsIoRun.class)
                        .format(
                                "sofar",
                                times.size(),
                                kinds.size(),
                                kinds.getFirst().label(),
                                Units.seconds(times.getFirst()[0]),
                                Units.seconds(times.getFirst()[1]));
    }
}
