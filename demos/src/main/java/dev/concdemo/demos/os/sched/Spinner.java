package dev.concdemo.demos.os.sched;

import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.work.Busy;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

/**
 * A CPU-bound child for {@code sched --real}: its main thread pins itself to CPU 0, takes a
 * nice value, spins, and reports the CPU time it got between two wall-clock instants its
 * parent chose (so that every child's window is the same, after all have started).
 *
 * <p>Argument: nice. Sends {@link SpinnerSays.Ready}, then waits for the parent's
 * {@code go FROM UNTIL} (epoch ms, sent once every spinner is ready) and sends
 * {@link SpinnerSays.Cpu} (or {@link SpinnerSays.Late} if the go came after the window opened).
 */
public final class Spinner implements ChildProgram {
    /** How long to wait for the go: the other spinners' JVMs may be slow to start. */
    static final Duration GO_WAIT = Duration.ofSeconds(90);

    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws InterruptedException {
        int nice = Integer.parseInt(args.get(0));
        boolean pinned = ThreadScheduling.pinToCpu0();
        boolean niced = ThreadScheduling.nice(nice);
        ToParent.send(out, new SpinnerSays.Ready(pinned, niced));
        String go = in.next(GO_WAIT);
        if (go == null || !go.startsWith("go ")) {
            ToParent.send(out, new SpinnerSays.NoGo());
            return 1;
        }
        String[] window = go.substring(3).strip().split(" ");
        long from = Long.parseLong(window[0]);
        long until = Long.parseLong(window[1]);
        if (System.currentTimeMillis() >= from) {
            ToParent.send(out, new SpinnerSays.Late());
            return 0;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Busy.until(nanoTimeAt(from));
        long cpuFrom = threads.getCurrentThreadCpuTime();
        Busy.until(nanoTimeAt(until));
        ToParent.send(out, new SpinnerSays.Cpu(threads.getCurrentThreadCpuTime() - cpuFrom));
        return 0;
    }

    /** The {@link System#nanoTime()} reading at a wall-clock instant (epoch ms). */
    static long nanoTimeAt(long epochMs) {
        return System.nanoTime() + (epochMs - System.currentTimeMillis()) * 1_000_000L;
    }
}
