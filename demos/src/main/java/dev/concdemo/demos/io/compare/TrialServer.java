package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.jvm.ChildJvm;
import java.io.IOException;

/**
 * A fib server under trial, as {@link ModelTrial} sees it: where it listens, its process, and
 * what only the server can count. A model runs in a child JVM ({@link Jvm}); a CPython server
 * ({@link PythonServer}) answers the same questions on its stdin.
 */
interface TrialServer {
    /** The port on 127.0.0.1 it accepts on. */
    int port();

    /** Its process: its memory and threads are read from /proc. */
    long pid();

    /** Connections it holds open now. */
    long open() throws IOException;

    /** Its threads now. */
    long threads() throws IOException;

    /** Quick requests answered while a fib(32) was being computed, so far. */
    long answersBesideHog() throws IOException;

    /** Its live heap after a GC, in KB; null for a server without a JVM heap. */
    Long liveHeapKb() throws IOException;

    /** A model served by a child JVM, asked over its control channel. */
    record Jvm(ChildJvm server, int port) implements TrialServer {
        @Override
        public long pid() {
            return server.pid();
        }

        @Override
        public long open() throws IOException {
            return server.ask(new ServerTask.CountOpen(), ServerTask.Open.class).connections();
        }

        @Override
        public long threads() throws IOException {
            return server.ask(new ServerTask.ReportStats(), ServerTask.Stats.class)
                    .threads();
        }

        @Override
        public long answersBesideHog() throws IOException {
            return server.ask(new ServerTask.CountBesideHog(), ServerTask.BesideHog.class)
                    .answers();
        }

        @Override
        public Long liveHeapKb() throws IOException {
            return server.ask(new ServerTask.MeasureHeap(), ServerTask.Heap.class)
                    .liveKb();
        }
    }
}
