package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Request;
import dev.concdemo.demos.io.fib.RequestParser;
import dev.concdemo.demos.io.fib.Service;
import java.util.Arrays;
import java.util.List;

/**
 * One connection's side of the service, whatever the model: one read's bytes in, the bytes to
 * send back out. {@link Fib} parses requests and answers each; {@link Upper} gives the read
 * back upper-cased. Used by the one thread serving the connection at a time.
 */
sealed interface Exchange {
    /** The largest read a connection makes: what a model's read buffer holds. */
    int READ = Service.UPPER_READ;

    /** The answer to one read of {@code count} bytes; counted in the server's stats. */
    byte[] answer(byte[] bytes, int offset, int count);

    /** Requests answered so far on this connection. */
    long requests();

    /** Whether the connection must be closed once the last answer is written (a request too long). */
    boolean closing();

    static Exchange open(ServerContext ctx) {
        return switch (ctx.config().service()) {
            case FIB -> new Fib(ctx, new RequestParser(ctx.config().maxN()));
            case UPPER -> new Upper(ctx);
        };
    }

    /** The fib service: requests parsed (lines or a bare number), each answered. */
    final class Fib implements Exchange {
        private final ServerContext ctx;
        private final RequestParser parser;
        private long requests;
        private boolean closing;

        Fib(ServerContext ctx, RequestParser parser) {
            this.ctx = ctx;
            this.parser = parser;
        }

        @Override
        public byte[] answer(byte[] bytes, int offset, int count) {
            List<Request> batch = parser.feed(bytes, offset, count);
            requests += batch.size();
            closing = ServerContext.closes(batch);
            return ctx.answer(batch);
        }

        @Override
        public long requests() {
            return requests;
        }

        @Override
        public boolean closing() {
            return closing;
        }
    }

    /** The seeds' echo: the read, upper-cased, is the answer. */
    final class Upper implements Exchange {
        private final ServerContext ctx;
        private long requests;

        Upper(ServerContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public byte[] answer(byte[] bytes, int offset, int count) {
            byte[] out = Arrays.copyOfRange(bytes, offset, offset + count);
            Service.upper(out, 0, count);
            requests++;
            ctx.stats().requests.incrementAndGet();
            return out;
        }

        @Override
        public long requests() {
            return requests;
        }

        @Override
        public boolean closing() {
            return false;
        }
    }
}
