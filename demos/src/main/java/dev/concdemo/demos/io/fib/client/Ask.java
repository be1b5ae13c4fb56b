package dev.concdemo.demos.io.fib.client;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.work.Fib;
import java.nio.charset.StandardCharsets;

/**
 * One request and the answer it must get: what each measured connection of a {@link LoadRun}
 * sends again and again.
 *
 * @param line the request as sent, its newline included
 * @param expected the answer line it must get, without its newline
 * @param label how the request is named in prose ("fib(30)", "'hello'")
 * @param n the n of a fib request; null for the echo
 */
public record Ask(String line, String expected, String label, Integer n) {
    /** fib(n), as a line. */
    public static Ask fib(int n) {
        return new Ask(n + "\n", Long.toString(Fib.fib(n)), "fib(" + n + ")", n);
    }

    /** The seeds' echo client's text, as a line; it comes back upper-cased. */
    public static Ask upper(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Service.upper(bytes, 0, bytes.length);
        return new Ask(text + "\n", new String(bytes, StandardCharsets.UTF_8), "'" + text + "'", null);
    }
}
