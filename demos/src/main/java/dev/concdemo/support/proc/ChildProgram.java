package dev.concdemo.support.proc;

import java.io.PrintStream;
import java.util.List;

/**
 * A program of its own, run in a child JVM to its end ({@link ChildProcess}): no protocol,
 * just arguments in, lines out and an exit status. For what the processes chapter shows: a
 * child that starts children of its own, ends early, is terminated, or is left unreaped.
 * Implementations have a public no-argument constructor and print only to {@code out}.
 */
public interface ChildProgram {
    /** Runs the program; what it returns is the child's exit status. */
    int run(List<String> args, PrintStream out) throws Exception;
}
