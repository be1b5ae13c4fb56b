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
 * nothing is left behind.
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
        Path script = dir.resolve(resource);
        try {
            List<String> command = new ArrayList<>(List.of(interpreter.toString(), script.toString()));
            command.addAll(args);
            Process process = start(command);
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
