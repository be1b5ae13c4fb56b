package dev.concdemo.support.proc;

import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.os.ChildReaper;
import dev.concdemo.support.os.ExitStatus;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link ChildProgram} in a child JVM, used the way Python's {@code multiprocessing.Process}
 * is: made, marked {@link #daemon daemon} or not before it starts, {@link #start started}
 * (which asks the OS for a process and returns at once), {@link #waitFor joined},
 * {@link #terminate terminated}. Its output is forwarded line by line as it comes, with the pid
 * of the process that printed it: lines a child relays from its own children
 * ({@link #relay}) keep their pid. Its standard input stays open, a pipe from us: lines
 * {@link #send sent} reach its {@link Inbox}, and when we go, however we go, the pipe closes
 * and the child halts. Every one is registered for cleanup, so none outlives the run.
 * Thread-safe.
 */
public final class ChildProcess implements AutoCloseable {
    /** Where a child's lines go: the pid of the process that printed it, and the line. */
    @FunctionalInterface
    public interface Output {
        void line(long pid, String text);
    }

    /** How long {@link #waitFor} waits, after the exit, for the last lines to be forwarded. */
    static final Duration FORWARDER_WAIT = Duration.ofSeconds(10);

    /** A relayed line: "pid 1234" and a tab, then what that process printed. */
    private static final Pattern RELAYED = Pattern.compile("pid (\\d+)\t(.*)");
    /** Started in this JVM and not yet ended: what {@link #atExit} ends or waits for. */
    private static final Set<ChildProcess> STARTED = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Class<? extends ChildProgram> program;
    private final List<String> args;
    private final List<Thread> forwarders = new ArrayList<>(); // guarded by this
    private volatile boolean daemon;
    private volatile boolean inheritOutput;
    private volatile List<String> jvmOptions = List.of();
    private volatile Process process; // null until started
    private volatile BufferedWriter toChild;
    private volatile long startedNanos;
    private volatile long firstLineNanos;

    private ChildProcess(String name, Class<? extends ChildProgram> program, List<String> args) {
        this.name = name;
        this.program = program;
        this.args = List.copyOf(args);
    }

    /** A child process to be: {@code program} with {@code args}, not started yet. */
    public static ChildProcess of(String name, Class<? extends ChildProgram> program, List<String> args) {
        return new ChildProcess(name, program, args);
    }

    /**
     * A child process to be that calls {@code owner.method(args, out)}, a public static method
     * named by its class and name, as Python's {@code Process(target=task, args=(...))} does.
     */
    public static ChildProcess ofTarget(String name, Class<?> owner, String method, List<String> args) {
        List<String> all = new ArrayList<>(List.of(owner.getName(), method));
        all.addAll(args);
        return new ChildProcess(name, TargetProgram.class, all);
    }

    /** Makes and starts one: {@code of(name, program, args).start(output)}. */
    public static ChildProcess start(
            String name, Class<? extends ChildProgram> program, List<String> args, Output output) throws IOException {
        return of(name, program, args).start(output);
    }

    /**
     * Whether the child is a daemon: terminated when the program that started it ends, where a
     * non-daemon child is waited for. Only before {@link #start}, as in Python.
     *
     * @throws IllegalStateException once started ("process has already started")
     */
    public synchronized ChildProcess daemon(boolean isDaemon) {
        if (process != null) {
            throw new IllegalStateException("process has already started");
        }
        daemon = isDaemon;
        return this;
    }

    /**
     * The child writes straight to our standard output and error instead of pipes we read, so
     * that what it prints reaches our parent even after we have gone: for a child that will be
     * orphaned. It labels its lines itself ({@code pid N}, a tab, the text). Only before start.
     */
    public synchronized ChildProcess inheritOutput() {
        if (process != null) {
            throw new IllegalStateException("process has already started");
        }
        inheritOutput = true;
        return this;
    }

    /**
     * Options for the child's JVM, before its main class: system properties that only take
     * effect at start-up and hold for a whole JVM (a virtual-thread scheduler with one
     * carrier). Only before start.
     */
    public synchronized ChildProcess jvmOptions(String... options) {
        if (process != null) {
            throw new IllegalStateException("process has already started");
        }
        jvmOptions = List.of(options);
        return this;
    }

    public boolean isDaemon() {
        return daemon;
    }

    /**
     * Asks the OS for the process and returns: the child runs on its own from here; each line
     * it prints goes to {@code output}, from a forwarding thread (unless it
     * {@link #inheritOutput inherits ours}: then {@code output} is not used).
     */
    public synchronized ChildProcess start(Output output) throws IOException {
        if (process != null) {
            throw new IllegalStateException("process has already started");
        }
        List<String> command = new ArrayList<>(ChildJvm.javaCommand());
        command.addAll(1, jvmOptions);
        command.addAll(List.of(ProgramMain.class.getName(), program.getName()));
        command.addAll(args);
        startedNanos = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritOutput) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        Process started = builder.start();
        ChildReaper.register(started);
        process = started;
        STARTED.add(this);
        started.onExit().thenRun(() -> STARTED.remove(this));
        toChild = new BufferedWriter(new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8));
        if (!inheritOutput) {
            long pid = started.pid();
            forwarders.add(forward(name + "-out", started.getInputStream(), pid, output, true));
            forwarders.add(forward(name + "-err", started.getErrorStream(), pid, output, false));
        }
        return this;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return started().pid();
    }

    public ProcessHandle handle() {
        return started().toHandle();
    }

    public boolean isAlive() {
        return started().isAlive();
    }

    /** When it was started, and when its first line arrived (System.nanoTime; 0 before that). */
    public long startedNanos() {
        return startedNanos;
    }

    public long firstLineNanos() {
        return firstLineNanos;
    }

    /** Sends the child one line, which its {@link Inbox} hands to the program. False if it is gone. */
    public boolean send(String line) {
        try {
            BufferedWriter out = toChild;
            synchronized (out) {
                out.write(line);
                out.newLine();
                out.flush();
            }
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    /** Waits at most {@code atMost} for the child to end; its exit status, or empty if it still runs. */
    public OptionalInt waitFor(Duration atMost) throws InterruptedException {
        Process p = started();
        if (!p.waitFor(atMost.toNanos(), TimeUnit.NANOSECONDS)) {
            return OptionalInt.empty();
        }
        joinForwarders();
        return OptionalInt.of(p.exitValue());
    }

    /**
     * Waits for the child's last lines: a forwarder ends at the end of its pipe, which comes
     * once the child (and anything it left holding the pipe) is gone; bounded, as a grandchild
     * may hold the pipe for long.
     */
    private void joinForwarders() throws InterruptedException {
        List<Thread> threads;
        synchronized (this) {
            threads = List.copyOf(forwarders);
        }
        long deadline = System.nanoTime() + FORWARDER_WAIT.toNanos();
        for (Thread t : threads) {
            t.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
    }

    /**
     * Python's {@code p.join()} with the check a scenario owes its user: waits at most
     * {@code atMost}; empty if the child ended with exit status 0, otherwise how it did not
     * ("did not end within 30 s", "ended: killed by signal 9 (exit status 137)").
     */
    public Optional<String> joinFailure(Duration atMost) throws InterruptedException {
        OptionalInt exit = waitFor(atMost);
        if (exit.isEmpty()) {
            return Optional.of("did not end within " + atMost.toSeconds() + " s");
        }
        return exit.getAsInt() == 0 ? Optional.empty() : Optional.of("ended: " + ExitStatus.describe(exit.getAsInt()));
    }

    /**
     * Asks the child to end (SIGTERM): a JVM runs its shutdown hooks and exits with 143. Sent
     * through the process handle: {@link Process#destroy} would also close our ends of its
     * pipes, and the child would see its input end before the signal (and halt for that).
     */
    public void terminate() {
        started().toHandle().destroy();
    }

    /** Ends the child at once (SIGKILL): exit status 137. */
    public void kill() {
        started().toHandle().destroyForcibly();
    }

    /** Closes its input (a tied child halts), waits a moment, kills it if it still runs. */
    @Override
    public void close() {
        Process p = process;
        if (p == null) {
            return;
        }
        try {
            toChild.close();
        } catch (IOException ignored) {
            // gone already
        }
        try {
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt(); // killed already; the JDK reaps it
        }
    }

    /**
     * What multiprocessing does when a main program ends, for the program in this JVM:
     * terminates its daemon children, then waits for the others.
     */
    static void atExit() throws InterruptedException {
        for (ChildProcess child : List.copyOf(STARTED)) {
            if (child.daemon) {
                child.terminate();
            }
        }
        for (ChildProcess child : List.copyOf(STARTED)) {
            child.started().waitFor();
            child.joinForwarders(); // its last lines, before this JVM ends
        }
    }

    /**
     * An {@link Output} for a program that starts children of its own: prints their lines to
     * {@code out} with their pid, so that its own parent shows them as theirs.
     */
    public static Output relay(PrintStream out) {
        return (pid, text) -> out.println("pid " + pid + "\t" + text);
    }

    private Process started() {
        Process p = process;
        if (p == null) {
            throw new IllegalStateException("process not started");
        }
        return p;
    }

    private Thread forward(String threadName, InputStream stream, long pid, Output output, boolean stamp) {
        return Thread.ofPlatform().name(threadName).daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    if (stamp && firstLineNanos == 0) {
                        firstLineNanos = System.nanoTime();
                    }
                    Matcher relayed = RELAYED.matcher(l);
                    if (relayed.matches()) {
                        output.line(Long.parseLong(relayed.group(1)), relayed.group(2));
                    } else {
                        output.line(pid, l);
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        });
    }
}
