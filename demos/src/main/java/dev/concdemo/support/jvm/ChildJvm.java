package dev.concdemo.support.jvm;

import dev.concdemo.support.os.ChildReaper;
import dev.concdemo.support.os.CpuTimes;
import dev.concdemo.support.os.ExitStatus;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running this same program: the current java binary and class path, with
 * {@link ChildMain} and a {@link ChildTask} named by class. This is the JVM's equivalent of
 * multiprocessing's "spawn" start method: a fresh interpreter that shares nothing with its
 * parent and talks to it over pipes, one typed request and one typed reply at a time
 * ({@link Wire}: a record as a line).
 *
 * <p>Not thread-safe: one thread talks to one child. Its standard error is drained by a
 * daemon thread into a short tail, shown if the child dies.
 */
public final class ChildJvm implements AutoCloseable {
    private static final int STDERR_TAIL_LINES = 5;
    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final String name;
    private final Process process;
    private final BufferedWriter toChild;
    private final BufferedReader fromChild;
    private final Deque<String> stderrTail = new ArrayDeque<>(); // guarded by itself
    private final Thread stderrDrainer;
    private final long startedNanos = System.nanoTime();
    private long readyNanos; // 0 until the child has said it is ready
    private CpuTimes cpu = CpuTimes.ZERO;
    private boolean closed;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.toChild = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderrDrainer = Thread.ofPlatform().name(name + "-stderr").daemon().start(this::drainStderr);
    }

    /** Starts a child JVM whose {@code task} answers requests. */
    public static ChildJvm start(String name, Class<? extends ChildTask<?, ?>> task) throws IOException {
        return start(name, task, 0);
    }

    /**
     * Starts a child JVM with a {@code nice} value (0: as the parent; 19: the lowest priority
     * the OS scheduler gives, so it gets the CPU only when others leave it).
     */
    public static ChildJvm start(String name, Class<? extends ChildTask<?, ?>> task, int niceness) throws IOException {
        List<String> command = new ArrayList<>();
        if (niceness != 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(niceness))); // nice execs java: same pid
        }
        command.addAll(javaCommand());
        command.addAll(List.of(ChildMain.class.getName(), task.getName()));
        Process process = new ProcessBuilder(command).start();
        ChildReaper.register(process);
        return new ChildJvm(name, process);
    }

    /** {@code java [shared flags] -cp CLASSPATH}: how a child JVM of this program starts, before its main class. */
    public static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedFlags());
        // A child runs from the class path, where the jar manifest's Enable-Native-Access does not
        // apply; it calls C (prctl, waitpid, posix_spawn) when it has children of its own. The child
        // AOT cache is made with the same flag (app/pom.xml), or it would not be used.
        command.add("--enable-native-access=ALL-UNNAMED");
        // Nor does its Add-Exports: a child may run coroutines (serve --model coroutines, in
        // bench and compare) on the JDK's internal continuations (demos.coro.Coroutine).
        command.addAll(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    /**
     * The parent's flags that a child should share: quiet start-up, the same JIT inlining, and
     * an AOT cache: the children's own ({@value #CHILD_CACHE}, made beside the parent's at
     * package time) where it exists, else the parent's.
     */
    private static List<String> inheritedFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:AOTCache=")
                        || a.startsWith("-Xlog:aot")
                        || a.startsWith("-Xlog:cds")
                        || a.equals("-XX:-UsePerfData")
                        || a.startsWith("-XX:MaxRecursiveInlineLevel="))
                .map(a -> a.startsWith("-XX:AOTCache=") ? childCache(a) : a)
                .toList();
    }

    static final String CHILD_CACHE = "concdemo-child.aot";

    private static String childCache(String parentFlag) {
        Path parent = Path.of(parentFlag.substring("-XX:AOTCache=".length()));
        Path own = parent.resolveSibling(CHILD_CACHE);
        return Files.isRegularFile(own) ? "-XX:AOTCache=" + own : parentFlag;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits until the child JVM is up and its task loaded; returns when that was (System.nanoTime). */
    public long awaitReady() throws IOException {
        if (readyNanos == 0) {
            String line = fromChild.readLine();
            if (!ChildMain.READY.equals(line)) {
                throw died("(starting)");
            }
            readyNanos = System.nanoTime();
        }
        return readyNanos;
    }

    /** When the process was started (System.nanoTime). */
    public long startedNanos() {
        return startedNanos;
    }

    /**
     * Sends one request and waits for its reply, which must be a {@code replyType}.
     *
     * @throws ChildDiedException if the child ends before it answers
     * @throws IllegalStateException if the task failed on this request
     */
    public <R> R ask(Object request, Class<R> replyType) throws IOException {
        return Wire.decode(ask(Wire.encode(request)), replyType);
    }

    private String ask(String request) throws IOException {
        awaitReady();
        try {
            toChild.write(request);
            toChild.newLine();
            toChild.flush();
        } catch (IOException brokenPipe) {
            throw died(request);
        }
        String reply = fromChild.readLine();
        if (reply == null) {
            throw died(request);
        }
        if (reply.startsWith(ChildMain.ERROR_PREFIX)) {
            throw new IllegalStateException(name + " failed on '" + request + "': " + reply.substring(1));
        }
        return reply;
    }

    /** User and system CPU time the child reported when it ended (zero before {@link #close}). */
    public CpuTimes cpu() {
        return cpu;
    }

    /**
     * Ends the child: closes its input so that it reports its CPU time and exits; destroys
     * it if it has not exited within two seconds. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            toChild.close();
            for (String line = fromChild.readLine(); line != null; line = fromChild.readLine()) {
                if (line.startsWith(ChildMain.CPU_PREFIX)) {
                    cpu = Wire.decode(line.substring(ChildMain.CPU_PREFIX.length()), CpuTimes.class);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a dead or misbehaving child: destroyed below
        }
        try {
            if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the thread that drains its standard error still runs (it ends with the child's stderr). */
    boolean drainingStderr() {
        return stderrDrainer.isAlive();
    }

    /** Kills the child now (SIGKILL), for a run that is being abandoned. */
    public void kill() {
        process.destroyForcibly();
    }

    private ChildDiedException died(String request) {
        String status;
        try {
            status = process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                    ? ExitStatus.describe(process.exitValue())
                    : "stopped answering";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "stopped answering";
        }
        try {
            stderrDrainer.join(200); // its last words may still be in the pipe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tail;
        synchronized (stderrTail) {
            tail = String.join("\n", stderrTail);
        }
        return new ChildDiedException(name, pid(), request, status, tail);
    }

    private void drainStderr() {
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }
}
