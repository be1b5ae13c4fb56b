package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Seed 003's generator server, "yield + tasks[] + round-robin": one thread, and each
 * connection a coroutine written as plain blocking code (accept, read, answer, write) that
 * yields at every point where it would block, telling the scheduler what it waits for. The
 * scheduler runs the ready coroutines in turn (round-robin), each until its next yield, and
 * when none is ready sleeps in the selector until a socket is. The coroutines are the JDK's
 * internal continuations ({@link Coroutine}: jdk.internal.vm.Continuation, an internal API).
 * Like every single-thread server, a long fib holds up all the others while it runs: a
 * coroutine only gives the thread back where it yields.
 */
final class CoroutineServer extends SingleLoopServer {
    private final Selector selector;
    // The rest is touched by the loop's thread only.
    private final ArrayDeque<Coroutine> tasks = new ArrayDeque<>(); // ready to run: the seed's tasks[]
    private final Set<ChannelConnection> open = new HashSet<>();
    private Coroutine current; // the coroutine running now

    CoroutineServer(ServerContext ctx) throws IOException {
        if (!Coroutine.available()) {
            throw new IllegalStateException("the coroutines model needs the JDK's continuations, not exported to"
                    + " this JVM (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
        super(Model.COROUTINES, ctx);
        this.selector = Selector.open();
        tasks.add(new Coroutine(this::acceptClients));
        startLoop(this::schedule);
    }

    /** The scheduler: a round of the ready coroutines, then the selector for the waiting ones. */
    private void schedule() {
        try {
            while (running) {
                for (int n = tasks.size(); n > 0 && running; n--) { // one round; who yields again waits a round
                    current = tasks.poll();
                    current.resume();
                }
                current = null;
                if (tasks.isEmpty()) {
                    selector.select();
                } else {
                    selector.selectNow();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        key.interestOps(0); // its coroutine says what it waits for next time it yields
                        tasks.add((Coroutine) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException | UncheckedIOException e) {
            running = false;
        } finally {
            open.forEach(c -> c.finish(ctx));
            open.clear();
            try {
                selector.close();
            } catch (IOException e) {
                Swallowed.report("closing the selector", e);
            }
        }
    }

    /**
     * Called by a coroutine where it would block: yields to the scheduler until the channel
     * is ready for {@code ops} (the seed's {@code yield 'recv', sock}).
     */
    private void waitFor(SelectableChannel channel, int ops) throws IOException {
        SelectionKey key = channel.keyFor(selector);
        if (key == null) {
            channel.register(selector, ops, current);
        } else {
            key.interestOps(ops);
        }
        Coroutine.suspend();
    }

    /** The acceptor coroutine: waits to accept, admits, and starts a coroutine for the client. */
    private void acceptClients() {
        try {
            while (running) {
                waitFor(server, SelectionKey.OP_ACCEPT);
                var client = server.accept();
                ChannelConnection c = client == null ? null : ChannelConnection.admit(client, ctx);
                if (c != null) {
                    open.add(c);
                    tasks.add(new Coroutine(() -> serve(c)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the listening socket failed: the server stops
        }
    }

    /** A connection's coroutine: blocking-style code, yielding before each read and each pending write. */
    private void serve(ChannelConnection c) {
        ByteBuffer readBuffer = ByteBuffer.allocate(Exchange.READ);
        try {
            boolean keep = true;
            while (keep && running) {
                waitFor(c.channel, SelectionKey.OP_READ);
                keep = c.read(readBuffer, ctx); // reads, answers (fib on this thread), writes what it can
                while (keep && c.writing()) {
                    waitFor(c.channel, SelectionKey.OP_WRITE);
                    keep = c.write();
                }
            }
        } catch (IOException reset) {
            // the client reset or vanished: this connection is over, no other is touched
        } finally {
            SelectionKey key = c.channel.keyFor(selector);
            if (key != null) {
                key.cancel();
            }
            open.remove(c);
            c.finish(ctx);
        }
    }

    @Override
    void wakeUp() {
        selector.wakeup();
    }
}
