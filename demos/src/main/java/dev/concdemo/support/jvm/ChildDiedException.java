package dev.concdemo.support.jvm;

/** A child JVM ended while it owed a reply: which one, on what, with which exit status. */
public final class ChildDiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long pid;
    private final String status;

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
        this.pid = pid;
        this.status = status;
    }

    /** The child's process id. */
    public long pid() {
        return pid;
    }

    /** How it ended: "exit status 42", "killed by signal 9 (exit status 137)". */
    public String status() {
        return status;
    }
}
