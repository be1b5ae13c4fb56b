package dev.concdemo.support.proc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
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

    private static final class Libc {
        // int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
        //                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
        static final MethodHandle POSIX_SPAWN = find(
                "posix_spawn", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

        @SuppressWarnings("restricted") // native access: granted by the manifest, or by ChildJvm's flag
        private static MethodHandle find(String name, FunctionDescriptor type) {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup()
                    .find(name)
                    .map(address -> linker.downcallHandle(address, type))
                    .orElse(null);
        }
    }

    /** Whether this OS can start one (Linux with a C library that has posix_spawn). */
    public static boolean supported() {
        return System.getProperty("os.name", "").startsWith("Linux") && Libc.POSIX_SPAWN != null;
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
            int error = (int) Libc.POSIX_SPAWN.invokeExact(
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
