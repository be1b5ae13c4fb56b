package dev.concdemo.support.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What does a scenario's work: threads of this JVM, child JVMs (the JVM's processes), or
 * virtual threads. The one type the scenarios that compare them share (pool, primes,
 * cpu-vs-io), each naming it in its seed's words on its command line.
 */
public enum WorkerKind {
    THREADS,
    CHILD_JVMS,
    VIRTUAL_THREADS;

    /** Reads {@code thread} or {@code process}, the seeds' words (pool's --kind), as threads or child JVMs. */
    public static final class ThreadOrProcess implements ITypeConverter<WorkerKind> {
        @Override
        public WorkerKind convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "thread" -> THREADS;
                case "process" -> CHILD_JVMS;
                default -> throw new TypeConversionException("expected one of thread, process, not '" + value + "'");
            };
        }
    }

    /** What an option read by {@link ThreadOrProcess} completes to. */
    public static final class ThreadOrProcessWords extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        public ThreadOrProcessWords() {
            super(List.of("thread", "process"));
        }
    }
}
