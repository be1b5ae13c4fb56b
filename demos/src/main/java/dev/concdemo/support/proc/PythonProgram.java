package dev.concdemo.support.proc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.os.Subreaper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Python program kept in the repository beside the scenario that runs it (a resource), run by
 * a real CPython: written to a temporary directory with {@value #SHARED} (the module every program
 * imports: which interpreter runs it, and {@code cpython.answer(results)}), run with arguments,
 * and read back as the ONE JSON document it prints on stdout. Its stderr is kept: a Python exception ends the run with one
 * line naming the program and the exception ({@code gil.py: ZeroDivisionError: division by
 * zero}), the traceback shown under {@code --debug}. The temporary directory is deleted afterwards,
 * and the interpreter and its children are killed if the run is cancelled or outlasts its bound:
 * nothing is left behind. A program that stays up (a server) is {@link #start}ed instead: its
 * first line is read, and it runs until its handle is closed or its bound passes.
 */
public final class PythonProgram {
    /** The module copied beside every program: {@code import cpython}. */
    static final String SHARED = "cpython.py";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path interpreter;
    private final Class<?> owner;
    private final String resource;

    private PythonProgram(Path interpreter, Class<?> owner, String resource) {
        this.interpreter = interpreter;
        this.owner = owner;
        this.resource = resource;
    }

    /** {@code resource}, a file beside {@code owner}'s class, to be run by {@code interpreter}. */
    public static PythonProgram of(Path interpreter, Class<?> owner, String resource) {
        if (owner.getResource(resource) == null) {
            throw new IllegalArgumentException("no resource " + resource + " beside " + owner.getName());
        }
        return new PythonProgram(interpreter, owner, resource);
    }

    /**
     * Runs the program with {@code args} and reads what it printed as a {@code type}. Waits at
     * most {@code bound}; a Python error, an exit status other than 0, output that is not one
     * JSON document, or the bound passing ends the run with a {@link ScenarioFailure}.
     */
    public <T> T run(Class<T> type, Duration bound, List<String> args) throws InterruptedException {
        Path dir = extract();
        try {
            Process process = start(command(dir, args));
            try {
                Drained out = Drained.of(process.getInputStream(), resource + "-out");
                Drained err = Drained.of(process.getErrorStream(), resource + "-err");
                if (!process.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new ScenarioFailure(resource + ": still running after " + bound.toSeconds() + " s: stopped");
                }
                String stdout = out.text();
                String stderr = err.text();
                if (process.exitValue() != 0) {
                    throw failure(process.exitValue(), stderr);
                }
                return parse(type, stdout, stderr);
            } finally {
                kill(process);
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * Starts the program and leaves it running: a server, say. It must print ONE line on stdout
     * first, a JSON document read as a {@code type} ({@code cpython.answer} prints such a line and
     * flushes), within {@code bound}; later lines answer the lines sent to it
     * ({@link Running#ask}). The program lives at most {@code bound}: then it is killed, as it is
     * by {@link Running#close}, which also deletes its directory. A program that dies before its
     * first line ends the start with one line, as {@link #run} does.
     */
    public <T> Running<T> start(Class<T> type, Duration bound, List<String> args) throws InterruptedException {
        Path dir = extract();
        Process process = null;
        try {
            process = start(command(dir, args));
            Running<T> running = new Running<>(process, dir, bound);
            running.first = running.next(type, bound);
            return running;
        } catch (RuntimeException | InterruptedException | Error e) {
            if (process != null) {
                kill(process);
            }
            delete(dir);
            throw e;
        }
    }

    /**
     * A program started by {@link #start} and still running: its first line read as a {@code T};
     * closed, it is killed with its children and its directory deleted. Used by one thread.
     */
    public final class Running<T> implements AutoCloseable {
        private final Process process;
        private final Path dir;
        private final Drained err;
        /** The program's stdout, line by line; empty at its end. */
        private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

        private final Thread watchdog;
        private T first;

        private Running(Process process, Path dir, Duration bound) {
            this.process = process;
            this.dir = dir;
            this.err = Drained.of(process.getErrorStream(), resource + "-err");
            java.io.BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
            Thread.ofPlatform().daemon().name(resource + "-out").start(() -> {
                try (out) {
                    for (String line; (line = out.readLine()) != null; ) {
                        lines.add(Optional.of(line));
                    }
                } catch (IOException e) {
                    Swallowed.report(
                            "reading " + resource + "'s stdout (the process was killed: what was read is all)", e);
                } finally {
                    lines.add(Optional.empty());
                }
            });
            // The bound: past it the program is stopped, whoever still uses it.
            this.watchdog = Thread.ofPlatform()
                    .daemon()
                    .name(resource + "-bound")
                    .start(() -> {
                        try {
                            if (!process.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
                                process.descendants().forEach(ProcessHandle::destroyForcibly);
                                process.destroyForcibly();
                            }
                        } catch (InterruptedException closed) {
                            // closed before the bound: close() kills it
                        }
                    });
        }

        /** The program's first line, read as a {@code T}. */
        public T answer() {
            return first;
        }

        /** The interpreter's process id. */
        public long pid() {
            return process.pid();
        }

        /** Sends {@code line} on the program's stdin and reads its next stdout line as an {@code R}, within 10 s. */
        public <R> R ask(String line, Class<R> type) throws InterruptedException {
            try {
                var in = process.getOutputStream();
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw died();
            }
            return next(type, Duration.ofSeconds(10));
        }

        private <R> R next(Class<R> type, Duration within) throws InterruptedException {
            Optional<String> line = lines.poll(within.toNanos(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new ScenarioFailure(resource + ": no answer within " + within.toSeconds() + " s");
            }
            if (line.isEmpty()) {
                throw died();
            }
            return parse(type, line.get(), "");
        }

        /** The one line saying why the program ended early. */
        private ScenarioFailure died() throws InterruptedException {
            boolean ended = process.waitFor(5, TimeUnit.SECONDS);
            String stderr = err.text();
            if (ended && process.exitValue() == 0 && stderr.isBlank()) {
                return new ScenarioFailure(resource + ": ended without answering");
            }
            return failure(ended ? process.exitValue() : -1, stderr);
        }

        /** Kills the program and its children, and deletes its directory. */
        @Override
        public void close() {
            watchdog.interrupt();
            try {
                process.getOutputStream().close(); // a program that reads stdin sees its end
            } catch (IOException e) {
                Swallowed.report("closing " + resource + "'s stdin (it had exited)", e);
            }
            kill(process);
            delete(dir);
        }
    }

    /** The version line Python prints for {@code --version}, e.g. "Python 3.11.7"; for a check that it runs at all. */
    public static String version(Path interpreter) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(interpreter.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            try {
                Drained out = Drained.of(p.getInputStream(), "python-version");
                p.waitFor(10, TimeUnit.SECONDS);
                return out.text().strip();
            } finally {
                kill(p);
            }
        } catch (IOException e) {
            throw new ScenarioFailure(interpreter + " does not run: " + e.getMessage());
        }
    }

    /** The interpreter, the program in {@code dir}, and its arguments. */
    private List<String> command(Path dir, List<String> args) {
        List<String> command = new ArrayList<>(
                List.of(interpreter.toString(), dir.resolve(resource).toString()));
        command.addAll(args);
        return command;
    }

    private Process start(List<String> command) {
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new ScenarioFailure(interpreter + " does not run: " + e.getMessage());
        }
    }

    private <T> T parse(Class<T> type, String stdout, String stderr) {
        try {
            return MAPPER.readValue(stdout, type);
        } catch (JsonProcessingException e) {
            String first = stdout.isBlank()
                    ? "nothing"
                    : stdout.strip().lines().findFirst().orElse("");
            throw new ScenarioFailure(
                    resource + ": printed " + (first.length() > 60 ? first.substring(0, 60) + "..." : first)
                            + ", not the JSON document expected",
                    new PythonError(stderr.isBlank() ? e.getOriginalMessage() : stderr));
        }
    }

    /**
     * The one line that says why the program failed: the last line of a traceback is the
     * exception and its message; the traceback itself goes with it, for --debug.
     */
    private ScenarioFailure failure(int status, String stderr) {
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.getLast().strip();
        String said = stderr.contains("Traceback (most recent call last)") || !last.isEmpty()
                ? last
                : "exited with status " + status;
        return new ScenarioFailure(resource + ": " + said, new PythonError(stderr));
    }

    /** A fresh directory holding the program and {@value #SHARED}. */
    private Path extract() {
        try {
            Path dir = Files.createTempDirectory("concdemo-python-");
            copy(owner, resource, dir);
            copy(PythonProgram.class, SHARED, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Class<?> owner, String resource, Path dir) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            Files.write(dir.resolve(resource), in.readAllBytes());
        }
    }

    /** The directory and what is in it: the two programs, and the bytecode Python may have cached. */
    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends the interpreter and every process it started (multiprocessing's workers), and waits
     * for them: a no-op once it has exited on its own. The workers, killed, are zombies until
     * their parent reaps them; the interpreter, killed too, never will, so they pass to the
     * nearest subreaper: this JVM when a scenario made it one (then reaped here), else init.
     */
    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        boolean interrupted = false;
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        long us = ProcessHandle.current().pid();
        for (ProcessHandle child : children) {
            boolean ours = child.parent().map(ProcessHandle::pid).orElse(-1L) == us;
            if (ours) {
                Subreaper.waitFor(child.pid(), 2_000);
            } else {
                try {
                    child.onExit().get(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    Swallowed.report("waiting for " + child.pid() + ", a killed child of the interpreter", e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a Python program printed on stderr when it failed: the traceback, shown under --debug. */
    static final class PythonError extends Exception {
        private static final long serialVersionUID = 1L;

        PythonError(String stderr) {
            super(System.lineSeparator() + stderr.stripTrailing(), null, false, false);
        }
    }

    /** A stream read to its end on a thread of its own, so the process never blocks on a full pipe. */
    private static final class Drained {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread reader;

        private Drained(InputStream in, String name) {
            reader = Thread.ofPlatform().daemon().name(name).start(() -> {
                try (in) {
                    in.transferTo(bytes);
                } catch (IOException e) {
                    Swallowed.report("reading " + name + " (the process was killed: what was read is all)", e);
                }
            });
        }

        static Drained of(InputStream in, String name) {
            return new Drained(in, name);
        }

        String text() throws InterruptedException {
            reader.join(Duration.ofSeconds(10));
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
