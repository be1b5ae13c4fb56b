package dev.concdemo.demos.coro.vthreads;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.concdemo.support.os.Libc;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.time.Duration;

/**
 * The C library's {@code usleep}, called through FFM: a blocking call the virtual-thread
 * scheduler cannot see, like a module gevent has not patched. A virtual thread in it keeps
 * its carrier (an OS thread) for the whole sleep; {@link Thread#sleep} would give it back.
 */
final class NativeSleep {
    private static final MethodHandle USLEEP = Libc.require("usleep", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private NativeSleep() {}

    /** Sleeps {@code time} in C, a second at most per call (usleep's portable range). */
    static void sleep(Duration time) {
        long micros = time.toNanos() / 1_000;
        try {
            while (micros > 0) {
                int chunk = (int) Math.min(micros, 999_999);
                int _ = (int) USLEEP.invokeExact(chunk);
                micros -= chunk;
            }
        } catch (Throwable e) {
            throw new IllegalStateException("usleep failed", e);
        }
    }
}
