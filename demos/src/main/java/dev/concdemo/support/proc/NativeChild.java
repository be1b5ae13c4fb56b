package dev.concdemo.support.proc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.os.ChildReaper;
import dev.concdemo.support.os.Libc;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.os.Subreaper;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child process the JDK knows nothing of: started with {@code posix_spawn(3)} through FFM
 * (java.lang.foreign), so that no JDK thread waits for it. When it ends it stays a
 * <em>zombie</em>, its pid and exit status kept by the kernel, until we reap it
 * ({@link #reap}, {@code waitpid}). A child started by {@link ProcessBuilder} never shows
 * this: the JDK has a thread waiting on every one and reaps it the moment it ends. Linux only;
 * left unreaped, the run's cleanup ({@link Subreaper#sweep}) reaps it.
 */
public final class NativeChild {
    private final long pid;
    private boolean reaped; // guarded by this

    private NativeChild(long pid) {
        this.pid = pid;
    }

    private static final class Calls {
        // int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
        //                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
        static final MethodHandle POSIX_SPAWN = Libc.find(
                "posix_spawn", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

        static final MethodHandle ACTIONS_INIT =
                Libc.find("posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ACTIONS_DESTROY =
                Libc.find("posix_spawn_file_actions_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ADD_DUP2 = Libc.find(
                "posix_spawn_file_actions_adddup2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle ADD_CLOSEFROM = Libc.find(
                "posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /** Whether this OS can start one (Linux with a C library that has posix_spawn). */
    public static boolean supported() {
        return Libc.isLinux() && Calls.POSIX_SPAWN != null;
    }

    /**
     * Starts {@code program} (an absolute path) with {@code args}, an empty environment, and
     * our standard streams; returns at once.
     */
    public static NativeChild start(String program, String... args) {
        if (!supported()) {
            throw new UnsupportedOperationException("posix_spawn is for Linux here");
        }
        ChildReaper.installHookOnce(); // the run's end reaps what we leave
        Subreaper.reapsOthers();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ADDRESS, args.length + 2);
            argv.setAtIndex(ADDRESS, 0, arena.allocateFrom(program));
            for (int i = 0; i < args.length; i++) {
                argv.setAtIndex(ADDRESS, i + 1, arena.allocateFrom(args[i]));
            }
            argv.setAtIndex(ADDRESS, args.length + 1, MemorySegment.NULL);
            MemorySegment envp = arena.allocate(ADDRESS, 1); // { NULL }: no environment
            MemorySegment pid = arena.allocate(JAVA_INT);
            int error = (int) Calls.POSIX_SPAWN.invokeExact(
                    pid, arena.allocateFrom(program), MemorySegment.NULL, MemorySegment.NULL, argv, envp);
            if (error != 0) {
                throw new IllegalStateException("posix_spawn " + program + " failed: error " + error);
            }
            return new NativeChild(pid.get(JAVA_INT, 0));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("posix_spawn " + program + " failed", e);
        }
    }

    /**
     * Starts a child JVM running {@code program} (as {@link ChildProcess} does, with the same
     * flags and class path) whose standard input is {@code stdinFd} and standard output
     * {@code stdoutFd}, descriptors of ours: the way to hand a child a socket, which
     * {@link ProcessBuilder} cannot. It gets no other descriptor of ours (closefrom 3) and our
     * environment; reap it with {@link #reap}. The program should not read its input as lines
     * ({@link ChildProgram#readsStdin}).
     */
    public static NativeChild startJvm(
            Class<? extends ChildProgram> program, List<String> args, int stdinFd, int stdoutFd) {
        if (!supported()) {
            throw new UnsupportedOperationException("posix_spawn is for Linux here");
        }
        ChildReaper.installHookOnce();
        Subreaper.reapsOthers();
        List<String> command = new ArrayList<>(ChildJvm.javaCommand());
        command.addAll(List.of(ProgramMain.class.getName(), program.getName()));
        command.addAll(args);
        List<String> environment = System.getenv().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(256, 16); // posix_spawn_file_actions_t: 80 bytes in glibc
            check((int) Calls.ACTIONS_INIT.invokeExact(actions), "posix_spawn_file_actions_init");
            try {
                check((int) Calls.ADD_DUP2.invokeExact(actions, stdinFd, 0), "adddup2 stdin");
                check((int) Calls.ADD_DUP2.invokeExact(actions, stdoutFd, 1), "adddup2 stdout");
                check((int) Calls.ADD_CLOSEFROM.invokeExact(actions, 3), "addclosefrom_np");
                MemorySegment argv = strings(arena, command);
                MemorySegment envp = strings(arena, environment);
                MemorySegment pid = arena.allocate(JAVA_INT);
                int error = (int) Calls.POSIX_SPAWN.invokeExact(
                        pid, arena.allocateFrom(command.getFirst()), actions, MemorySegment.NULL, argv, envp);
                if (error != 0) {
                    throw new IllegalStateException("posix_spawn java failed: error " + error);
                }
                return new NativeChild(pid.get(JAVA_INT, 0));
            } finally {
                int _ = (int) Calls.ACTIONS_DESTROY.invokeExact(actions);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("posix_spawn java failed", e);
        }
    }

    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ADDRESS, values.size() + 1);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static void check(int error, String call) {
        if (error != 0) {
            throw new IllegalStateException(call + " failed: error " + error);
        }
    }

    /** Sends SIGKILL (if it has not been reaped: its pid is still ours). */
    public synchronized void kill() {
        if (!reaped) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    public long pid() {
        return pid;
    }

    /** What /proc says of it now: state (R, S, Z...) and parent; empty once reaped. */
    public Optional<ProcStat> stat() {
        return ProcStat.of(pid);
    }

    /**
     * Waits at most {@code millis} for it to end and collects its exit status ({@code waitpid}):
     * after this the kernel forgets it and its pid is free. Returns the exit status (0–255), or
     * -1 if it had not ended.
     */
    public synchronized int reap(long millis) {
        if (reaped) {
            throw new IllegalStateException("pid " + pid + " was reaped already");
        }
        int status = Subreaper.waitFor(pid, millis);
        if (status < 0) {
            return -1;
        }
        reaped = true;
        return (status >> 8) & 0xff; // WEXITSTATUS
    }
}
