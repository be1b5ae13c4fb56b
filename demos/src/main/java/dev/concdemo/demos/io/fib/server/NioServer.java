package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One thread and a {@link Selector} (seed 002 select/selectors, seed 003 event-driven): the
 * thread sleeps in select() until a socket is ready (epoll on Linux), then serves exactly
 * the ready ones. Many clients, one thread, no CPU when idle. Like any event loop, a long
 * fib holds up every other client while it runs.
 */
final class NioServer extends SingleLoopServer {
    private final Selector selector;

    NioServer(ServerContext ctx) throws IOException {
        super(Model.NIO, ctx);
        this.selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        startLoop(this::run);
    }

    /** The event loop. Runs on its own thread; every channel is touched only here. */
    private void run() {
        ByteBuffer readBuffer = ByteBuffer.allocate(Exchange.READ);
        try {
            while (running) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        serve(key, readBuffer);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            running = false;
        } finally {
            for (SelectionKey key : selector.keys()) {
                if (key.attachment() instanceof ChannelConnection c) {
                    c.finish(ctx);
                }
            }
            try {
                selector.close();
            } catch (IOException e) {
                Swallowed.report("closing the selector", e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client = server.accept();
        ChannelConnection c = client == null ? null : ChannelConnection.admit(client, ctx);
        if (c != null) {
            client.register(selector, SelectionKey.OP_READ, c);
        }
    }

    private void serve(SelectionKey key, ByteBuffer readBuffer) {
        ChannelConnection c = (ChannelConnection) key.attachment();
        boolean keep;
        try {
            keep = key.isWritable() ? c.write() : c.read(readBuffer, ctx);
        } catch (IOException reset) {
            keep = false;
        }
        if (!keep) {
            key.cancel();
            c.finish(ctx);
        } else {
            // While answers are pending, wait to write, and read nothing more.
            key.interestOps(c.writing() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    @Override
    void wakeUp() {
        selector.wakeup();
    }
}
