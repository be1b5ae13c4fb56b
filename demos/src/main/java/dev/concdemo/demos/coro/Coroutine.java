package dev.concdemo.demos.coro;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A stackful coroutine: a body that runs until it {@link #suspend suspends}, keeping its
 * whole stack, and carries on from there when {@link #resume resumed}, on the caller's
 * thread. This is the JVM's own mechanism under virtual threads, the JDK's INTERNAL class
 * {@code jdk.internal.vm.Continuation} (run/yield), not a public API: it is reached through
 * method handles, and works only where the package is exported to us (the jar's manifest
 * says {@code Add-Exports: java.base/jdk.internal.vm}; tests and child JVMs pass
 * {@code --add-exports}). {@link #available()} says whether it is. Not thread-safe: one
 * thread resumes a coroutine at a time.
 */
public final class Coroutine {
    /** The handles, looked up on first use; null where the package is not exported to us. */
    private static final class Jdk {
        static final Object SCOPE;
        static final MethodHandle NEW;
        static final MethodHandle RUN;
        static final MethodHandle YIELD;
        static final MethodHandle DONE;

        static {
            Object scope = null;
            MethodHandle make = null;
            MethodHandle run = null;
            MethodHandle yield = null;
            MethodHandle done = null;
            try {
                Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
                Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                scope = lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class))
                        .invoke("concdemo");
                make = lookup.findConstructor(
                                continuation, MethodType.methodType(void.class, scopeClass, Runnable.class))
                        .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
                run = lookup.findVirtual(continuation, "run", MethodType.methodType(void.class))
                        .asType(MethodType.methodType(void.class, Object.class));
                yield = lookup.findStatic(continuation, "yield", MethodType.methodType(boolean.class, scopeClass))
                        .asType(MethodType.methodType(boolean.class, Object.class));
                done = lookup.findVirtual(continuation, "isDone", MethodType.methodType(boolean.class))
                        .asType(MethodType.methodType(boolean.class, Object.class));
            } catch (Throwable notExported) {
                make = null;
            }
            SCOPE = scope;
            NEW = make;
            RUN = run;
            YIELD = yield;
            DONE = done;
        }
    }

    private final Object continuation;

    /** A coroutine that will run {@code body}; nothing runs until the first {@link #resume}. */
    public Coroutine(Runnable body) {
        if (!available()) {
            throw new UnsupportedOperationException(
                    "jdk.internal.vm is not exported to us (run concdemo, or add --add-exports"
                            + " java.base/jdk.internal.vm=ALL-UNNAMED)");
        }
        try {
            continuation = (Object) Jdk.NEW.invokeExact(Jdk.SCOPE, body);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this JVM lets us use the JDK's continuations. */
    public static boolean available() {
        return Jdk.NEW != null;
    }

    /** Runs the body from where it last suspended until it suspends again or ends. */
    public void resume() {
        try {
            Jdk.RUN.invokeExact(continuation);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Called inside a body: suspends it here, and the caller of {@link #resume} carries on. */
    public static void suspend() {
        try {
            boolean _ = (boolean) Jdk.YIELD.invokeExact(Jdk.SCOPE);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the body has run to its end. */
    public boolean isDone() {
        try {
            return (boolean) Jdk.DONE.invokeExact(continuation);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
