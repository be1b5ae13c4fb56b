package dev.concdemo.support.cli;

import java.io.PrintWriter;

/**
 * Failures a scenario deliberately goes on from (closing a socket the peer already closed,
 * a best-effort cleanup at the end), said in one line on standard error when the run has
 * {@code --debug}, and nowhere otherwise. Never for a failure that changes what the run
 * measures or says: that is reported, or ends the run.
 */
public final class Swallowed {
    private static volatile PrintWriter shownTo; // the running command's stderr under --debug, else null

    private Swallowed() {}

    /** Goes on from {@code failure}, which happened while doing {@code what}; shown under --debug. */
    public static void report(String what, Throwable failure) {
        PrintWriter err = shownTo;
        if (err != null) {
            synchronized (err) {
                err.println("debug: went on after " + what + " failed: " + failure);
                err.flush();
            }
        }
    }

    /** For one run (one command runs at a time in a JVM): where to show them, or null for nowhere. */
    static void showTo(PrintWriter err) {
        shownTo = err;
    }
}
