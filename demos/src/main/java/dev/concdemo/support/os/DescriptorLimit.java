package dev.concdemo.support.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's open-files limit (RLIMIT_NOFILE), read and raised through getrlimit and
 * setrlimit: raising the soft limit up to the hard one is always allowed; raising the hard
 * limit (up to /proc/sys/fs/nr_open) needs CAP_SYS_RESOURCE. Children started afterwards
 * inherit the limits.
 */
public final class DescriptorLimit {
    private static final int RLIMIT_NOFILE = 7; // Linux
    private static final MethodHandle GET = find("getrlimit");
    private static final MethodHandle SET = find("setrlimit");

    /**
     * The limits after an attempt to raise them.
     *
     * @param soft the soft limit now: what open() and accept() are held to
     * @param hard the hard limit now
     * @param wanted the limit asked for
     * @param refused why the kernel refused to raise the hard limit (null: it was not refused)
     */
    public record Limits(long soft, long hard, long wanted, String refused) {}

    private DescriptorLimit() {}

    private static MethodHandle find(String name) {
        return Libc.find(name, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), Libc.CAPTURE_ERRNO);
    }

    /** The most a hard limit may be raised to on this kernel ({@code fs.nr_open}), or -1 where unknown. */
    public static long nrOpen() {
        try {
            return Long.parseLong(Files.readAllLines(Path.of("/proc/sys/fs/nr_open"))
                    .getFirst()
                    .strip());
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Raises both limits to {@code wanted} (capped by fs.nr_open) if they are lower; when the
     * hard limit may not be raised, raises the soft one to the hard one and says why.
     */
    public static Limits raiseTo(long wanted) {
        if (GET == null || SET == null || !Libc.isLinux()) {
            long now = ProcStat.openFilesLimit();
            return new Limits(now, now, wanted, "getrlimit/setrlimit are not available here");
        }
        long cap = nrOpen();
        long target = cap > 0 ? Math.min(wanted, cap) : wanted;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limits = arena.allocate(16); // struct rlimit: rlim_cur, rlim_max
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            if ((int) GET.invokeExact(state, RLIMIT_NOFILE, limits) != 0) {
                long now = ProcStat.openFilesLimit();
                return new Limits(now, now, wanted, "getrlimit failed: " + errno(state));
            }
            long soft = limits.get(JAVA_LONG, 0);
            long hard = limits.get(JAVA_LONG, 8);
            String refused = null;
            if (hard < target) {
                limits.set(JAVA_LONG, 0, target);
                limits.set(JAVA_LONG, 8, target);
                if ((int) SET.invokeExact(state, RLIMIT_NOFILE, limits) == 0) {
                    return new Limits(target, target, wanted, null);
                }
                refused = errno(state);
            }
            long softWanted = Math.min(target, hard);
            if (soft < softWanted) {
                limits.set(JAVA_LONG, 0, softWanted);
                limits.set(JAVA_LONG, 8, hard);
                if ((int) SET.invokeExact(state, RLIMIT_NOFILE, limits) == 0) {
                    soft = softWanted;
                }
            }
            if (cap > 0 && wanted > cap && refused == null) {
                refused = "fs.nr_open is %d".formatted(cap);
            }
            return new Limits(soft, hard, wanted, refused);
        } catch (Throwable e) {
            long now = ProcStat.openFilesLimit();
            return new Limits(now, now, wanted, e.toString());
        }
    }

    private static String errno(MemorySegment state) {
        int errno = Libc.errno(state);
        return switch (errno) {
            case 1 -> "Operation not permitted (EPERM: no CAP_SYS_RESOURCE)";
            case 22 -> "Invalid argument (EINVAL)";
            default -> "errno " + errno;
        };
    }
}
