package dev.concdemo.support.proc;

import java.io.PrintStream;
import java.util.List;

/**
 * A program of its own, run in a child JVM to its end ({@link ChildProcess}): no protocol,
 * just arguments in, lines out and an exit status, and lines from its parent in an
 * {@link Inbox}. For what the processes chapter shows: a child that starts children of its
 * own, ends early, is terminated, or is left unreaped. Implementations have a public
 * no-argument constructor and print only to {@code out}.
 */
public interface ChildProgram {
    /** Runs the program; what it returns is the child's exit status. */
    int run(List<String> args, Inbox in, PrintStream out) throws Exception;

    /**
     * Whether the program ends the moment its parent does (the default): its standard input
     * is a pipe from the parent, and when the parent goes, however it goes (SIGKILL too), the
     * kernel closes that pipe and the child halts at once. An orphan, shown as one, does not:
     * it must bound its own life instead.
     */
    default boolean endsWithParent() {
        return true;
    }

    /**
     * Whether the child, when the program returns, waits for its non-daemon children (the
     * default, as multiprocessing does). A program that says no ends at once, like Python's
     * {@code os._exit}: no waiting, no cleanup; its children live on as orphans.
     */
    default boolean waitsForChildren() {
        return true;
    }

    /**
     * Whether its standard input is the pipe from its parent, read as lines into its
     * {@link Inbox} (the default). A program whose input is something else (a socket handed to
     * it, {@link NativeChild#startJvm}) says no: it gets an empty inbox, and a watcher ends it
     * once its parent is gone, as a task's child does.
     */
    default boolean readsStdin() {
        return true;
    }
}
