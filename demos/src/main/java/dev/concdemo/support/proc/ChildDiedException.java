package dev.concdemo.support.proc;

/** A child JVM ended while it owed a reply: which one, on what, with which exit status. */
public final class ChildDiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChildDiedException(String name, long pid, String request, String status, String stderrTail) {
        super("%s (pid %d) died while working on '%s': %s%s"
                .formatted(
                        name,
                        pid,
                        request,
                        status,
                        stderrTail.isBlank()
                                ? ""
                                : "; its last words: " + stderrTail.strip().replace('\n', ' ')));
    }
}
