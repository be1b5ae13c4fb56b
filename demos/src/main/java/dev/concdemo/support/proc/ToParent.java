package dev.concdemo.support.proc;

import dev.concdemo.support.jvm.Wire;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Typed messages a child program sends its parent on standard output, among the plain lines
 * it prints for the user: a record, one {@link Wire} line marked with {@value #MARK}
 * ({@code #Served requests=3 errors=0}). The parent reads each line with {@link #read}: a
 * message of the type it expects, or empty for a line meant for the user. A message type is
 * a record, or a sealed interface of records when a child sends several kinds.
 */
public final class ToParent {
    /** What starts a message line; no line for the user starts with it. */
    public static final String MARK = "#";

    private ToParent() {}

    /** Sends {@code message} (a record) as one line, flushed at once. */
    public static void send(PrintStream out, Record message) {
        out.println(MARK + Wire.encode(message));
        out.flush();
    }

    /** The message on {@code line}, or empty for a plain line; a malformed message is an error. */
    public static <T> Optional<T> read(String line, Class<T> type) {
        if (!line.startsWith(MARK)) {
            return Optional.empty();
        }
        return Optional.of(Wire.decode(line.substring(MARK.length()), type));
    }
}
