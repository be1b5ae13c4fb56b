package dev.concdemo.support.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orphans come back to us. When a process ends, its children are normally re-parented to
 * init (pid 1) and nobody of ours could clean them up. A <em>child subreaper</em>
 * ({@code prctl(PR_SET_CHILD_SUBREAPER)}, Linux 3.4+) takes init's place for its own
 * descendants: an orphaned grandchild becomes our child, and on exit a zombie ours to reap.
 *
 * <p>We reap only the processes the JDK did not start, each with {@code waitpid(pid)}: never
 * {@code waitpid(-1)}, which would steal the exit status of a child the JDK's own reaper
 * thread is waiting for. Both calls go through FFM (java.lang.foreign), the JVM's own way
 * to call C; the jar's manifest grants it native access. Elsewhere than Linux, nothing happens.
 */
public final class Subreaper {
    private static final int PR_SET_CHILD_SUBREAPER = 36;
    private static final int WNOHANG = 1;
    private static final Set<Long> STARTED_BY_JDK = ConcurrentHashMap.newKeySet();
    private static volatile boolean becameOne;
    private static volatile boolean used;

    private Subreaper() {}

    /** C functions, looked up on first use only: linking costs start-up time a run without children never pays. */
    private static final class Calls {
        static final MethodHandle PRCTL = Libc.find(
                "prctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), Linker.Option.firstVariadicArg(1));
        static final MethodHandle WAITPID =
                Libc.find("waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    /** Makes this process its descendants' subreaper (once); whether it is one now. */
    public static synchronized boolean become() {
        used = true;
        if (!becameOne && isLinux()) {
            try {
                becameOne = Calls.PRCTL != null && (int) Calls.PRCTL.invokeExact(PR_SET_CHILD_SUBREAPER, 1L) == 0;
            } catch (Throwable notAllowed) {
                becameOne = false;
            }
        }
        return becameOne;
    }

    /**
     * Stops being a subreaper (until {@link #become} is called again): from now on an
     * orphaned descendant goes to init, or to the nearest subreaper above us. For the orphan
     * scenario, which shows both. Whether this process is a subreaper now.
     */
    public static synchronized boolean stop() {
        if (becameOne) {
            try {
                if ((int) Calls.PRCTL.invokeExact(PR_SET_CHILD_SUBREAPER, 0L) == 0) {
                    becameOne = false;
                }
            } catch (Throwable notAllowed) {
                // stays one
            }
        }
        return becameOne;
    }

    /** We start children the JDK does not know of ({@link NativeChild}): the run's end reaps them. */
    public static void reapsOthers() {
        used = true;
    }

    /** A child the JDK started (ProcessBuilder): the JDK reaps it, so we never do. */
    static void startedByJdk(Process process) {
        used = true;
        STARTED_BY_JDK.add(process.pid());
    }

    static void forget(Process process) {
        STARTED_BY_JDK.remove(process.pid());
    }

    /** Our child processes that the JDK did not start: adopted orphans, alive or zombies. */
    public static List<ProcessHandle> adopted() {
        return ProcessHandle.current()
                .children()
                .filter(p -> !STARTED_BY_JDK.contains(p.pid()))
                .toList();
    }

    /**
     * Ends every adopted process and reaps it, and theirs in turn (killing one orphans its
     * children, which come to us next). Returns how many. A no-op in a run that never started
     * a child.
     */
    public static int sweep() {
        if (!used) {
            return 0;
        }
        int swept = 0;
        for (int round = 0; round < 10; round++) {
            List<ProcessHandle> orphans = adopted();
            if (orphans.isEmpty()) {
                break;
            }
            for (ProcessHandle orphan : orphans) {
                orphan.destroyForcibly(); // a zombie ignores it; it only needs reaping
            }
            for (ProcessHandle orphan : orphans) {
                if (waitFor(orphan.pid(), 2_000) >= 0) {
                    swept++;
                }
            }
        }
        return swept;
    }

    /**
     * Waits for process {@code pid}, a child of ours the JDK did not start, to end, and
     * collects its exit status so that it leaves no zombie. Returns its wait status, or -1 if
     * it is not ours to reap or did not end within {@code millis}.
     */
    public static int waitFor(long pid, long millis) {
        if (Calls.WAITPID == null || STARTED_BY_JDK.contains(pid)) {
            return -1;
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(JAVA_INT);
            while (true) {
                int got = (int) Calls.WAITPID.invokeExact((int) pid, status, WNOHANG);
                if (got == pid) {
                    return status.get(JAVA_INT, 0);
                }
                if (got < 0 || System.nanoTime() > deadline) {
                    return -1; // not our child (any more), or still running
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Throwable e) {
            return -1;
        }
    }

    private static boolean isLinux() {
        return Libc.isLinux();
    }
}
