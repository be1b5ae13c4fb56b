package dev.concdemo.support.os;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * No orphans: every child JVM is registered here until it has exited, and a shutdown hook
 * (which runs on normal exit, on an uncaught failure, and on SIGINT/SIGTERM) destroys the
 * ones still alive. A parent killed with SIGKILL runs no hook; its children notice
 * themselves (see {@link ChildMain}).
 */
public final class ChildReaper {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private ChildReaper() {}

    public static void register(Process child) {
        installHookOnce();
        Subreaper.startedByJdk(child);
        LIVE.add(child);
        child.onExit().thenRun(() -> {
            LIVE.remove(child);
            Subreaper.forget(child); // reaped by the JDK: its pid may be some other process's later
        });
    }

    public static synchronized void installHookOnce() {
        if (!hooked) {
            Subreaper.become(); // from the first child on, orphaned descendants come back to us
            Runtime.getRuntime()
                    .addShutdownHook(Thread.ofPlatform().name("child-reaper").unstarted(ChildReaper::destroyAll));
            hooked = true;
        }
    }

    /** Asks every live child to stop (SIGTERM), then kills what is left after half a second; then the adopted orphans. */
    static void destroyAll() {
        try {
            destroyStarted();
        } finally {
            Subreaper.sweep();
        }
    }

    private static void destroyStarted() {
        LIVE.forEach(Process::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (Process p : LIVE) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !p.waitFor(left, TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
