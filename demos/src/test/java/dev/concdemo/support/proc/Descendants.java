package dev.concdemo.support.proc;

/** What a test compares before and after a run to see that it left no process behind. */
public final class Descendants {
    private Descendants() {}

    /** This JVM's live descendants: children, grandchildren and so on. */
    public static long alive() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .count();
    }
}
