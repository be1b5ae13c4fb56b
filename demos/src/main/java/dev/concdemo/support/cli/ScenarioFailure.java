package dev.concdemo.support.cli;

/**
 * A run that failed for a reason the scenario can say in one line (no server there, the
 * server went away, a worker died): the CLI prints the message and exits 1, with no stack
 * trace to offer, because there is no bug to debug.
 */
public final class ScenarioFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioFailure(String message) {
        super(message, null, false, false);
    }

    /** With what {@code --debug} shows beside the line: {@code detail}'s message (a child's traceback). */
    public ScenarioFailure(String message, Throwable detail) {
        super(message, detail, false, false);
    }
}
