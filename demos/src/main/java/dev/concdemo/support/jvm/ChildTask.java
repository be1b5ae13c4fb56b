package dev.concdemo.support.jvm;

/**
 * The work a child JVM does: one reply for each request, both typed messages ({@link Wire}).
 * Implementations have a public no-argument constructor, are named by class when a child
 * starts, and never print: the child's standard output carries the replies.
 *
 * @param <Q> the requests: a record, or a sealed interface of records
 * @param <A> the replies: a record, or a sealed interface of records
 */
public interface ChildTask<Q, A> {
    /** The type requests are read as. */
    Class<Q> requestType();

    A handle(Q request) throws Exception;

    /** Called once at the end of input, before the child exits: release what the task started. */
    default void close() {}
}
