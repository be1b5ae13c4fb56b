package dev.concdemo.demos.io.fib;

/** One request as the parser read it: a number to compute, a bad request to answer, or a line too long to keep. */
public sealed interface Request {
    record Compute(int n) implements Request {}

    /** Answered with {@code error: reason}; the connection stays usable. */
    record Bad(String reason) implements Request {}

    /** Answered with an error, then the connection is closed: it sent more than {@link RequestParser#MAX_LINE} bytes without a newline. */
    record TooLong() implements Request {}
}
