package dev.concdemo.support.proc;

/**
 * The work a child JVM does: one reply line for each request line. Implementations have
 * a public no-argument constructor, are named by class when a child starts, and never
 * print: the child's standard output carries the replies.
 */
public interface ChildTask {
    String handle(String request) throws Exception;

    /** Called once at the end of input, before the child exits: release what the task started. */
    default void close() {}
}
