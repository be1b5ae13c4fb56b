package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.proc.RunByCPython;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One of the project's fib servers in CPython (fib_server.py), running while compare measures
 * it: sync (one client at a time) or threads (a thread per connection), on 127.0.0.1 and a
 * port the kernel picked. Closed, the interpreter is killed and its port freed; it also exits
 * by itself when its stdin ends, should this JVM go first.
 */
final class PythonServer implements TrialServer, AutoCloseable {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "fib_server.py";

    /** The server's first line: the interpreter, and where it listens. */
    record Started(String version, String build, boolean gilEnabled, double switchIntervalMs, int port)
            implements RunByCPython {}

    /** What the server counts, asked on its stdin ("stats"). */
    private record Stats(long open, long threads, long answersBesideHog) {}

    private final PythonProgram.Running<Started> running;

    private PythonServer(PythonProgram.Running<Started> running) {
        this.running = running;
    }

    /** Starts the server built as {@code model} (sync or threads); it is killed after {@code bound} at the latest. */
    static PythonServer start(Path interpreter, Model model, Service service, Duration bound)
            throws InterruptedException {
        return new PythonServer(PythonProgram.of(interpreter, PythonServer.class, PROGRAM)
                .start(
                        Started.class,
                        bound,
                        List.of(
                                "--model", model.toString(),
                                "--max-n", Integer.toString(FibService.DEFAULT_MAX_N),
                                "--service", service.toString())));
    }

    /** The interpreter that runs it. */
    Started started() {
        return running.answer();
    }

    @Override
    public int port() {
        return running.answer().port();
    }

    @Override
    public long pid() {
        return running.pid();
    }

    @Override
    public long open() throws IOException {
        return stats().open();
    }

    @Override
    public long threads() throws IOException {
        return stats().threads();
    }

    @Override
    public long answersBesideHog() throws IOException {
        return stats().answersBesideHog();
    }

    /** None: CPython's memory is all in its RSS. */
    @Override
    public Long liveHeapKb() {
        return null;
    }

    private Stats stats() throws IOException {
        try {
            return running.ask("stats", Stats.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while asking " + PROGRAM + " for its counts");
        }
    }

    @Override
    public void close() {
        running.close();
    }
}
