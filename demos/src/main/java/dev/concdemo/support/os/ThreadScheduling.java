package dev.concdemo.support.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * What the OS scheduler is told about the calling thread, through FFM (Linux, where both calls
 * act on the calling thread alone, not its whole process): which CPU it may run on
 * ({@code sched_setaffinity(0, ...)}), and its nice value ({@code setpriority(PRIO_PROCESS, 0,
 * n)}: a higher nice gives it a smaller weight, so a smaller share of a contended CPU). Java's
 * own {@code Thread.setPriority} does neither on Linux: the JVM ignores it there by default.
 * Pinning: two threads handing work to each other on one core pay a context switch each time;
 * on two cores they would also pay a cross-core wake-up (~30 µs on this VM).
 */
public final class ThreadScheduling {
    private static final MethodHandle SET =
            Libc.find("sched_setaffinity", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS));
    private static final MethodHandle SET_PRIORITY =
            Libc.find("setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));

    private ThreadScheduling() {}

    /** Whether this machine lets a thread be pinned (Linux, with at least one CPU 0 we may use). */
    public static boolean canPin() {
        return SET != null && Libc.isLinux();
    }

    /** Pins the calling thread to CPU 0; whether that worked. */
    public static boolean pinToCpu0() {
        if (SET == null) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(128); // a cpu_set_t: 1024 bits
            mask.set(JAVA_LONG, 0, 1L); // CPU 0 only
            return (int) SET.invokeExact(0, 128L, mask) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Sets the calling thread's nice value (raising it needs no privilege); whether that worked. */
    public static boolean nice(int value) {
        if (SET_PRIORITY == null || !Libc.isLinux()) {
            return false;
        }
        try {
            return (int) SET_PRIORITY.invokeExact(0, 0, value) == 0; // PRIO_PROCESS, this thread
        } catch (Throwable e) {
            return false;
        }
    }
}
