package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;

/**
 * What the three one-thread models share: a non-blocking listening channel, one loop thread
 * ({@code fib-MODEL-loop}) that serves every connection, and closing them. Each model writes
 * its loop (polling, a selector, coroutines) and says how to wake it ({@link #wakeUp}).
 */
abstract sealed class SingleLoopServer implements FibServer permits NonBlockingServer, NioServer, CoroutineServer {
    private final Model model;
    final ServerContext ctx;
    final ServerSocketChannel server;
    private final ServerThreads threads;
    private Thread loop;
    /** Cleared by close(), or by the loop when it fails: the loop ends. */
    volatile boolean running = true;

    SingleLoopServer(Model model, ServerContext ctx) throws IOException {
        this.model = model;
        this.ctx = ctx;
        this.threads = new ServerThreads(model);
        this.server = ServerSocketChannel.open();
        try {
            server.bind(ctx.config().address(), ServerContext.BACKLOG);
            server.configureBlocking(false);
        } catch (IOException e) {
            server.close();
            throw e;
        }
    }

    /** Starts the loop; called last by each constructor, once what the loop uses is ready. */
    final void startLoop(Runnable body) {
        loop = threads.start("loop", body);
    }

    /** The loop's thread (for its CPU time). */
    final Thread loop() {
        return loop;
    }

    /** Wakes the loop if it may be asleep, so that it sees {@link #running} cleared. */
    void wakeUp() {}

    @Override
    public final int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public final ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public final long threads() {
        return threads.count();
    }

    @Override
    public final Model model() {
        return model;
    }

    @Override
    public final void close() {
        running = false;
        wakeUp();
        try {
            loop.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
        } catch (IOException e) {
            Swallowed.report("closing the listening channel", e);
        }
    }
}
