package dev.concdemo.support.os;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Catching a Unix signal (INT, TERM, IO...) with {@code sun.misc.Signal} (module
 * jdk.unsupported: exported, stable for 25 years, and what the JVM's own Ctrl-C handling sits
 * on, but not a supported API). It is reached by reflection because javac's "internal
 * proprietary API" warning cannot be suppressed, and the build treats warnings as errors.
 */
public final class UnixSignals {
    private UnixSignals() {}

    /**
     * Runs {@code handler} (on the JVM's signal thread) each time signal {@code name} comes.
     * Returns the handler it replaced, for {@link #restore}.
     *
     * @throws ReflectiveOperationException where this JVM has no sun.misc.Signal, or refuses the signal
     */
    public static Object handle(String name, Runnable handler) throws ReflectiveOperationException {
        Class<?> signalHandler = Class.forName("sun.misc.SignalHandler");
        Object proxy = Proxy.newProxyInstance(
                UnixSignals.class.getClassLoader(), new Class<?>[] {signalHandler}, (self, method, args) -> {
                    if (method.getName().equals("handle")) {
                        handler.run();
                        return null;
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(self);
                        case "equals" -> self == args[0];
                        default -> "concdemo-signal-" + name;
                    };
                });
        return install(name, proxy);
    }

    /** Puts back a handler {@link #handle} returned. */
    public static void restore(String name, Object previous) throws ReflectiveOperationException {
        install(name, previous);
    }

    private static Object install(String name, Object handler) throws ReflectiveOperationException {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Method handle = signal.getMethod("handle", signal, Class.forName("sun.misc.SignalHandler"));
        try {
            return handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // e.g. IllegalArgumentException: the JVM keeps this signal for itself
            }
            throw e;
        }
    }
}
