package dev.concdemo.support.os;

/**
 * What keeps a child JVM from outliving its parent: a daemon thread that notices as soon as
 * the process that started it is gone, even if that parent was killed with SIGKILL and could
 * clean nothing up, so that the child can end itself.
 */
public final class ParentWatch {
    /** The exit status of a child that halted because its parent went away. */
    public static final int PARENT_GONE = 3;

    private static final long CHECK_MILLIS = 200;

    private ParentWatch() {}

    /**
     * Starts watching this process's parent; when it is gone, runs {@code orphaned} (the
     * child's entry point halts there). Does nothing for a process without a parent.
     */
    public static void start(Runnable orphaned) {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = Thread.ofPlatform().name("child-parent-watch").daemon().unstarted(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            orphaned.run();
        });
        watcher.start();
    }
}
