package dev.concdemo.demos.os.states;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says of one thread, from {@code /proc/self/task/TID}: its state letter
 * ({@code stat}: R running or runnable, S sleeping, D in uninterruptible IO) and how long it
 * has been on a CPU and waiting on a run queue ({@code schedstat}, nanoseconds). The letter
 * cannot tell running from ready; the growth of those two times between samples can.
 */
final class KernelView {
    /** One reading. */
    record Reading(char state, long runNanos, long waitNanos) {}

    private KernelView() {}

    /** Whether this system has the files (Linux). */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/thread-self/schedstat"));
    }

    /** The calling thread's id in the kernel (its TID), or -1 off Linux. */
    static long currentTid() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(); // "PID/task/TID"
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The thread's state now, or null if it has gone. */
    static Reading read(long tid) {
        try {
            Path task = Path.of("/proc/self/task/" + tid);
            String stat = Files.readString(task.resolve("stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2); // after "TID (name) "
            String[] sched = Files.readString(task.resolve("schedstat")).strip().split(" ");
            return new Reading(state, Long.parseLong(sched[0]), Long.parseLong(sched[1]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Running, ready or blocked over the interval between two readings: blocked if it sleeps
     * now and did not run; otherwise whichever it did more of, run or wait for a CPU.
     */
    static char classify(Reading before, Reading now) {
        long ran = now.runNanos() - before.runNanos();
        long waited = now.waitNanos() - before.waitNanos();
        if (now.state() != 'R' && ran < 200_000) {
            return StateNames.BLOCKED;
        }
        if (ran == 0 && waited == 0) {
            return now.state() == 'R' ? StateNames.READY : StateNames.BLOCKED;
        }
        return ran >= waited ? StateNames.RUNNING : StateNames.READY;
    }
}
