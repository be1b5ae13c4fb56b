package dev.concdemo.support.jvm;

/**
 * A request a {@link ProcessPool} never ran: it was still queued (or submitted later) when a
 * child died and the pool stopped taking work. Its cause is that death, which belongs to
 * another request: the one the child was working on.
 */
public final class NotRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRunException(RuntimeException cause) {
        super("not run: " + cause.getMessage(), cause);
    }
}
