package dev.concdemo.demos.io.iomodels;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.os.Libc;
import dev.concdemo.support.os.UnixSignals;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Poll;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signal-driven IO (seed 002, 信号驱动IO): the kernel sends SIGIO when data arrives, and the
 * process reads it then. No Java API turns on O_ASYNC for a channel, so this goes around Java:
 * a Unix-domain socket pair made in C through FFM ({@code socketpair}), {@code fcntl(F_SETOWN)}
 * and {@code fcntl(F_SETFL, O_ASYNC)} on one end, and a SIGIO handler installed with
 * {@code sun.misc.Signal} (module jdk.unsupported: exported, but not a supported API). The
 * other end writes; the handler runs, on a thread the JVM starts for signals; then the read
 * copies the data. Linux only; elsewhere it says so.
 */
final class SignalDriven {
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int F_SETOWN = 8;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_ASYNC = 0x2000;

    /**
     * @param worked whether SIGIO came
     * @param signalMicros from the write to the handler running
     * @param handlerThread the thread the handler ran on
     * @param readMicros the read, once signalled: the copy
     * @param why when it did not work, why
     */
    record Result(boolean worked, double signalMicros, String handlerThread, double readMicros, String why) {}

    /** The thread the JVM runs a SIGIO handler on (it names it for the signal). */
    static final String HANDLER_THREAD = "SIGIO handler";

    private SignalDriven() {}

    /** C functions, looked up on first use. */
    private static final class Calls {
        static final MethodHandle SOCKETPAIR =
                Libc.require("socketpair", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle FCNTL = Libc.require(
                "fcntl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle WRITE =
                Libc.require("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle READ =
                Libc.require("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle CLOSE = Libc.require("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    static Result run(Narrator n) throws InterruptedException {
        if (!Libc.isLinux()) {
            return new Result(false, 0, "", 0, "O_ASYNC and F_SETOWN as used here are Linux's");
        }
        AtomicLong signalledAt = new AtomicLong(); // set by the handler's thread, after onThread
        String[] onThread = {""};
        Object[] previous = {null};
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            check((int) Calls.SOCKETPAIR.invokeExact(AF_UNIX, SOCK_STREAM, 0, fds), "socketpair");
            int reader = fds.getAtIndex(JAVA_INT, 0);
            int writer = fds.getAtIndex(JAVA_INT, 1);
            try {
                previous[0] = UnixSignals.handle("IO", () -> {
                    onThread[0] = Thread.currentThread().getName();
                    signalledAt.set(System.nanoTime());
                });
                int pid = (int) ProcessHandle.current().pid();
                check((int) Calls.FCNTL.invokeExact(reader, F_SETOWN, pid), "fcntl(F_SETOWN)");
                int flags = (int) Calls.FCNTL.invokeExact(reader, F_GETFL, 0);
                check((int) Calls.FCNTL.invokeExact(reader, F_SETFL, flags | O_ASYNC | O_NONBLOCK), "fcntl(F_SETFL)");
                n.event(
                        "main",
                        "socketpair fds %d and %d; fd %d has O_ASYNC, owner pid %d; a SIGIO handler is in"
                                .formatted(reader, writer, reader, pid));
                MemorySegment data = arena.allocateFrom("hello", java.nio.charset.StandardCharsets.US_ASCII);
                long wrote = System.nanoTime();
                long sent = (long) Calls.WRITE.invokeExact(writer, data, 5L);
                n.event(
                        "main",
                        "wrote %d bytes to fd %d; not reading: the kernel will say when".formatted(sent, writer));
                if (!Poll.until(Duration.ofSeconds(2), () -> signalledAt.get() != 0)) {
                    return new Result(false, 0, "", 0, "no SIGIO came within 2 s");
                }
                double signalMicros = (signalledAt.get() - wrote) / 1e3;
                n.event(onThread[0], "SIGIO, %.0f µs after the write: data is waiting".formatted(signalMicros));
                MemorySegment buffer = arena.allocate(64);
                long readStart = System.nanoTime();
                long got = (long) Calls.READ.invokeExact(reader, buffer, 64L);
                double readMicros = (System.nanoTime() - readStart) / 1e3;
                n.event("main", "read() copied %d bytes in %.1f µs: only the copy blocked".formatted(got, readMicros));
                return new Result(true, Math.round(signalMicros), onThread[0], Math.round(readMicros * 10) / 10.0, "");
            } finally {
                try {
                    if (previous[0] != null) {
                        UnixSignals.restore("IO", previous[0]);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    Swallowed.report("restoring the SIGIO handler", e); // ours only records a time: harmless
                }
                int _ = (int) Calls.CLOSE.invokeExact(reader);
                int _ = (int) Calls.CLOSE.invokeExact(writer);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            return new Result(false, 0, "", 0, e.toString());
        }
    }

    private static void check(int result, String call) {
        if (result < 0) {
            throw new IllegalStateException(call + " failed");
        }
    }
}
