package dev.concdemo.demos.coro.yield;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Pins the calling thread to one CPU, {@code sched_setaffinity(0, ...)} through FFM (Linux;
 * pid 0 means the calling thread). Two threads handing work to each other on one core pay a
 * context switch each time; on two cores they would also pay a cross-core wake-up (~30 µs on
 * this VM), which is not what is being measured.
 */
final class Affinity {
    private static final MethodHandle SET = find();

    private Affinity() {}

    @SuppressWarnings("restricted") // native access: granted by the jar's manifest
    private static MethodHandle find() {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup()
                .find("sched_setaffinity")
                .map(a -> linker.downcallHandle(a, FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS)))
                .orElse(null);
    }

    /** Whether this machine lets a thread be pinned (Linux, with at least one CPU 0 we may use). */
    static boolean canPin() {
        return SET != null && System.getProperty("os.name", "").startsWith("Linux");
    }

    /** Pins the calling thread to CPU 0; whether that worked. */
    static boolean pinToCpu0() {
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
}
