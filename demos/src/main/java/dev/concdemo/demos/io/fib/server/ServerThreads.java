package dev.concdemo.demos.io.fib.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/**
 * A server's own threads: the platform threads it starts (acceptor, loop, a thread per
 * connection, a pool's workers, completion handlers), each named {@code fib-MODEL-ROLE}, and
 * counted while they run. Every thread a model starts goes through here, so {@link #count} is
 * what the server runs, not a census by name (which would also count another server's threads of
 * the same model). Virtual threads are not started here: they hold no thread of the OS while
 * they wait, and run on the JVM's shared carriers.
 */
final class ServerThreads {
    private final String prefix;
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();

    ServerThreads(Model model) {
        this.prefix = name(model, "");
    }

    /** The name of a thread of {@code model} in the role {@code role}: {@code fib-MODEL-ROLE}. */
    static String name(Model model, String role) {
        return "fib-" + model + "-" + role;
    }

    /** Starts {@code task} on a platform thread named {@code fib-MODEL-ROLE}. */
    Thread start(String role, Runnable task) {
        return track(Thread.ofPlatform().name(prefix + role).unstarted(task));
    }

    /** Makes the threads of a pool, named {@code fib-MODEL-ROLE1}, {@code fib-MODEL-ROLE2}, …, each counted. */
    ThreadFactory factory(String role) {
        ThreadFactory named = Thread.ofPlatform().name(prefix + role, 1).factory();
        return task -> {
            Thread thread = named.newThread(task);
            started.add(thread);
            return thread;
        };
    }

    /** The threads started here that run now. */
    long count() {
        started.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        return started.size();
    }

    private Thread track(Thread thread) {
        started.add(thread);
        thread.start();
        return thread;
    }
}
