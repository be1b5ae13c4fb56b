package dev.concdemo.demos.io.fib.server;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.os.Libc;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * TCP over IPv4 in C, through FFM: a Java socket cannot be handed to a child process (its
 * descriptor is not public), a C one can. Only what the process model needs: listen, accept,
 * a pipe, read, write, close. Every descriptor is made close-on-exec, so a child gets only the
 * ones it is given. Linux, x86-64 and aarch64 (struct sockaddr_in as Linux lays it out).
 */
final class NativeSockets {
    private static final int AF_INET = 2;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int O_CLOEXEC = 0x80000;
    private static final int SOL_SOCKET = 1;
    private static final int SO_REUSEADDR = 2;
    private static final int SHUT_RDWR = 2;
    private static final int SOCKADDR_IN = 16;
    private static final int EINTR = 4;

    private NativeSockets() {}

    private static final class Calls {
        static final MethodHandle SOCKET = Libc.require(
                "socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle SETSOCKOPT = Libc.require(
                "setsockopt",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
                Libc.CAPTURE_ERRNO);
        static final MethodHandle BIND =
                Libc.require("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle LISTEN =
                Libc.require("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle GETSOCKNAME = Libc.require(
                "getsockname", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), Libc.CAPTURE_ERRNO);
        static final MethodHandle ACCEPT4 = Libc.require(
                "accept4", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle SHUTDOWN =
                Libc.require("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle CLOSE =
                Libc.require("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle PIPE2 =
                Libc.require("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), Libc.CAPTURE_ERRNO);
        static final MethodHandle READ = Libc.require(
                "read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), Libc.CAPTURE_ERRNO);
        static final MethodHandle WRITE = Libc.require(
                "write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), Libc.CAPTURE_ERRNO);
    }

    /** Whether this machine can run the process model (Linux with these calls in its C library). */
    static boolean supported() {
        try {
            return Libc.isLinux() && Calls.ACCEPT4 != null;
        } catch (UnsupportedOperationException | ExceptionInInitializerError e) {
            return false;
        }
    }

    /** A listening socket on {@code address} (IPv4); returns its descriptor. */
    static int listen(InetSocketAddress address, int backlog) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            int fd = (int) Calls.SOCKET.invokeExact(errno, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            check(fd, errno, "socket");
            try {
                MemorySegment one = arena.allocateFrom(JAVA_INT, 1);
                check(
                        (int) Calls.SETSOCKOPT.invokeExact(errno, fd, SOL_SOCKET, SO_REUSEADDR, one, 4),
                        errno,
                        "setsockopt");
                MemorySegment sa = sockaddr(arena, address);
                if ((int) Calls.BIND.invokeExact(errno, fd, sa, SOCKADDR_IN) < 0) {
                    int error = Libc.errno(errno);
                    throw error == 98 // EADDRINUSE
                            ? new java.net.BindException("Address already in use")
                            : new IOException("bind " + address + " failed: errno " + error);
                }
                check((int) Calls.LISTEN.invokeExact(errno, fd, backlog), errno, "listen");
                return fd;
            } catch (IOException | RuntimeException e) {
                close(fd);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** The port a listening socket is bound to. */
    static int port(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            MemorySegment sa = arena.allocate(SOCKADDR_IN);
            MemorySegment length = arena.allocateFrom(JAVA_INT, SOCKADDR_IN);
            check((int) Calls.GETSOCKNAME.invokeExact(errno, fd, sa, length), errno, "getsockname");
            return Short.toUnsignedInt(Short.reverseBytes(sa.get(JAVA_SHORT, 2)));
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** A connection accepted on {@code listening}, and who it is from. */
    record Accepted(int fd, InetSocketAddress peer) {}

    /** Waits for a connection (blocks this thread in C); fails once the socket is shut down. */
    static Accepted accept(int listening) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            MemorySegment sa = arena.allocate(SOCKADDR_IN);
            MemorySegment length = arena.allocateFrom(JAVA_INT, SOCKADDR_IN);
            int fd = (int) Calls.ACCEPT4.invokeExact(errno, listening, sa, length, SOCK_CLOEXEC);
            check(fd, errno, "accept");
            byte[] ip = sa.asSlice(4, 4).toArray(JAVA_BYTE);
            int port = Short.toUnsignedInt(Short.reverseBytes(sa.get(JAVA_SHORT, 2)));
            return new Accepted(fd, new InetSocketAddress(InetAddress.getByAddress(ip), port));
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** Wakes a thread blocked in accept on it (which then fails), and stops new connections. */
    static void shutdown(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            check((int) Calls.SHUTDOWN.invokeExact(errno, fd, SHUT_RDWR), errno, "shutdown");
        } catch (IOException e) {
            Swallowed.report("shutting down descriptor " + fd, e); // closing it anyway
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    static void close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            check((int) Calls.CLOSE.invokeExact(errno, fd), errno, "close");
        } catch (IOException e) {
            Swallowed.report("closing descriptor " + fd, e); // nothing is left to release
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** A pipe, both ends close-on-exec: {read end, write end}. */
    static int[] pipe() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            check((int) Calls.PIPE2.invokeExact(errno, fds, O_CLOEXEC), errno, "pipe2");
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** Reads {@code fd} to its end (blocking this thread in C), handing each line (UTF-8) on as it comes. */
    static void readLines(int fd, java.util.function.Consumer<String> each) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            MemorySegment buffer = arena.allocate(4096);
            while (true) {
                long n = (long) Calls.READ.invokeExact(errno, fd, buffer, 4096L);
                if (n == 0) {
                    return;
                }
                if (n < 0) {
                    if (Libc.errno(errno) == EINTR) {
                        continue;
                    }
                    throw new IOException("read failed: errno " + Libc.errno(errno));
                }
                for (byte b : buffer.asSlice(0, n).toArray(JAVA_BYTE)) {
                    if (b == '\n') {
                        each.accept(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /**
     * Writes all of {@code bytes} to {@code fd} (a line to a client, before closing it). A client
     * that left meanwhile is not an error of ours: that failure is only reported under --debug.
     */
    static void write(int fd, byte[] bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Libc.CALL_STATE);
            writeAll(fd, arena.allocateFrom(JAVA_BYTE, bytes), errno, WRITE);
        } catch (IOException e) {
            Swallowed.report("writing to descriptor " + fd, e); // the client is gone: nothing to tell
        }
    }

    /** One write(2): the bytes it took (it may take fewer than offered), or -1 with errno set. */
    @FunctionalInterface
    interface WriteCall {
        long write(MemorySegment errno, int fd, MemorySegment data, long count) throws Throwable;
    }

    private static final WriteCall WRITE =
            (errno, fd, data, count) -> (long) Calls.WRITE.invokeExact(errno, fd, data, count);

    /**
     * Calls {@code write} until all of {@code data} is written: write(2) may take less than it
     * is given (a signal, a full socket buffer), and returns how much it took.
     */
    static void writeAll(int fd, MemorySegment data, MemorySegment errno, WriteCall write) throws IOException {
        long done = 0;
        while (done < data.byteSize()) {
            long n;
            try {
                n = write.write(errno, fd, data.asSlice(done), data.byteSize() - done);
            } catch (Throwable e) {
                throw unexpected(e);
            }
            if (n < 0 && Libc.errno(errno) != EINTR) {
                throw new IOException("write failed: errno " + Libc.errno(errno));
            }
            done += Math.max(n, 0);
        }
    }

    /** What an FFM call throws besides its result: a mistake of ours (a wrong type), never the C call's. */
    private static RuntimeException unexpected(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException("an FFM call threw " + e, e);
    }

    private static MemorySegment sockaddr(Arena arena, InetSocketAddress address) throws IOException {
        byte[] ip = address.getAddress().getAddress();
        if (ip.length != 4) {
            throw new IOException("the process model listens on IPv4 only, not " + address);
        }
        MemorySegment sa = arena.allocate(SOCKADDR_IN);
        sa.set(JAVA_SHORT.withOrder(ByteOrder.nativeOrder()), 0, (short) AF_INET);
        sa.set(JAVA_SHORT, 2, Short.reverseBytes((short) address.getPort())); // network byte order
        MemorySegment.copy(ip, 0, sa, JAVA_BYTE, 4, 4);
        return sa;
    }

    private static void check(int result, MemorySegment errno, String call) throws IOException {
        if (result < 0) {
            throw new IOException(call + " failed: errno " + Libc.errno(errno));
        }
    }
}
