package dev.concdemo.app;

import dev.concdemo.support.os.UnixSignals;

/**
 * Ctrl-C (SIGINT) and SIGTERM as an event instead of the JVM's shutdown: the first cancels
 * the run, so the scenario can print what it measured; the handler decides about the next.
 *
 * <p>The mechanism is {@code sun.misc.Signal}, through {@link UnixSignals}. Where it is
 * missing, the JVM's default stays: Ctrl-C ends at once.
 */
final class Signals {
    private Signals() {}

    static void onInterrupt(Runnable handler) {
        try {
            for (String name : new String[] {"INT", "TERM"}) {
                UnixSignals.handle(name, handler);
            }
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // the JVM's default handling stays
        }
    }
}
