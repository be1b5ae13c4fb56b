package dev.concdemo.demos.io.fib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a connection sends into requests. Two framings work on one connection:
 * newline-terminated lines ({@code nc}, telnet; pipelined lines are answered in order),
 * and a bare number per send with no newline (seed 003's performance01 sends {@code b'29'}, the talk's perf1.py {@code b'30'},
 * and wait): bytes left over at the end of a read are taken as one request, as the seed's
 * {@code int(client.recv(100))} does. No connection ever buffers more than
 * {@link #MAX_LINE} bytes. One parser per connection; not thread-safe.
 */
public final class RequestParser {
    /** The longest request kept; a longer one is refused and the connection closed. */
    public static final int MAX_LINE = 64;

    private final int maxN;
    private final byte[] pending = new byte[MAX_LINE];
    private int length;
    private boolean overflowed;

    public RequestParser(int maxN) {
        this.maxN = maxN;
    }

    /** Parses one read's bytes; the bytes after the last newline count as a bare request. */
    public List<Request> feed(byte[] bytes, int offset, int count) {
        List<Request> requests = new ArrayList<>(1);
        for (int i = offset; i < offset + count && !overflowed; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                requests.add(parse(true));
            } else if (length == MAX_LINE) {
                overflowed = true;
                requests.add(new Request.TooLong());
            } else {
                pending[length++] = b;
            }
        }
        if (length > 0 && !overflowed) {
            requests.add(parse(false)); // a bare number: the read ended without a newline
        }
        return requests;
    }

    private Request parse(boolean line) {
        int end = length;
        if (end > 0 && pending[end - 1] == '\r') {
            end--; // telnet sends \r\n
        }
        String text = new String(pending, 0, end, StandardCharsets.UTF_8).strip();
        length = 0;
        if (text.isEmpty()) {
            return new Request.Bad(line ? "empty request" : "blank request");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-' || c == '+')) {
            return new Request.Bad("not a number: '" + printable(text) + "'");
        }
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return new Request.Bad(text.length() > 18 ? "number too large" : "not a number: '" + printable(text) + "'");
        }
        if (n < 0) {
            return new Request.Bad("negative: " + n);
        }
        if (n > maxN) {
            return new Request.Bad("n=%d is above the server's --max-n %d".formatted(n, maxN));
        }
        return new Request.Compute((int) n);
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(32).forEach(c -> shown.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return shown + (text.codePointCount(0, text.length()) > 32 ? "…" : ""); // UTF-8 text echoed as sent
    }
}
