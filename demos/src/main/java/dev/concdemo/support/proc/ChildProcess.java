package dev.concdemo.support.proc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A {@link ChildProgram} running in a child JVM: started with its arguments, its output
 * forwarded line by line with a {@code pid N} label as it comes, ended by itself or by us.
 * Every one is registered for cleanup, so none outlives the run. Thread-safe.
 */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<Thread> forwarders = new ArrayList<>();

    private ChildProcess(String name, Process process, BiConsumer<String, String> output) {
        this.process = process;
        String label = "pid " + process.pid();
        forwarders.add(forward(name + "-out", process.getInputStream(), line -> output.accept(label, line)));
        forwarders.add(forward(name + "-err", process.getErrorStream(), line -> output.accept(label, line)));
    }

    /**
     * Starts {@code program} in a child JVM with {@code args}; each line it prints goes to
     * {@code output} as (label, line), from a forwarding thread.
     */
    public static ChildProcess start(
            String name, Class<? extends ChildProgram> program, List<String> args, BiConsumer<String, String> output)
            throws IOException {
        List<String> command = new ArrayList<>(ChildJvm.javaCommand());
        command.addAll(List.of(ChildMain.class.getName(), ChildMain.PROGRAM, program.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        ChildReaper.register(process);
        process.getOutputStream().close(); // no input: a program reads its arguments
        return new ChildProcess(name, process, output);
    }

    public long pid() {
        return process.pid();
    }

    /** Waits at most {@code atMost} for the child to end; its exit status, or empty if it still runs. */
    public OptionalInt waitFor(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toNanos(), TimeUnit.NANOSECONDS)) {
            return OptionalInt.empty();
        }
        for (Thread t : forwarders) {
            t.join(1_000); // its last lines
        }
        return OptionalInt.of(process.exitValue());
    }

    /** Asks the child to end (SIGTERM): a JVM runs its shutdown and exits with 143. */
    public void terminate() {
        process.destroy();
    }

    /** Ends the child at once (SIGKILL): exit status 137. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Kills the child if it still runs, and waits for it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // killed already; the JDK reaps it
        }
    }

    /** "exit status 3", or "killed by signal 9 (exit status 137)" as shells report it. */
    public static String describe(int exit) {
        return exit > 128 ? "killed by signal %d (exit status %d)".formatted(exit - 128, exit) : "exit status " + exit;
    }

    private static Thread forward(String threadName, InputStream stream, java.util.function.Consumer<String> line) {
        return Thread.ofPlatform().name(threadName).daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    line.accept(l);
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        });
    }
}
