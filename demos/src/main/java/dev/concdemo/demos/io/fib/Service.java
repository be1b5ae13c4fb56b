package dev.concdemo.demos.io.fib;

/**
 * What a server does with what a client sends. {@link #FIB} is seed 003's service (a number
 * in, fib(n) and a newline out); {@link #UPPER} is the echo servers of seeds 001 and 002,
 * {@code conn.send(data.upper())}: each read, up to {@link #UPPER_READ} bytes, comes back at
 * once with its ASCII letters upper-cased and every other byte as it was. No lines, no
 * parsing, so a connection never holds more than one read.
 */
public enum Service {
    FIB("fib(n) for each number sent (seed 003)"),
    UPPER("each read sent back upper-cased, as it came (seeds 001/002's echo servers)");

    /** The seeds' recv(1024). */
    public static final int UPPER_READ = 1024;

    private final String description;

    Service(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Upper-cases the ASCII letters of {@code bytes[offset, offset + count)} in place. */
    public static void upper(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b >= 'a' && b <= 'z') {
                bytes[i] = (byte) (b - ('a' - 'A'));
            }
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads --service in any case; a wrong value lists the services. */
    public static final class Converter extends dev.concdemo.support.cli.EnumConverter<Service> {
        public Converter() {
            super(Service.class);
        }
    }
}
