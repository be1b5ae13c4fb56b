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
    THREADS("thread"),
    CHILD_JVMS("child JVM"),
    VIRTUAL_THREADS("virtual thread");

    private final String noun;

    WorkerKind(String noun) {
        this.noun = noun;
    }

    /** "thread", "child JVM", "virtual thread". */
    public String noun() {
        return noun;
    }

    /** "1 thread", "2 child JVMs". */
    public String count(int n) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

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
