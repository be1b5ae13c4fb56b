package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * The accept loop of the blocking models: one thread accepts, and a {@link Dispatch} decides
 * where each connection is served (inline, a new thread, a pool, a virtual thread). It
 * keeps the open sockets so that close() can close them all.
 */
final class AcceptLoop {
    /** Runs the serving of one connection somewhere. */
    @FunctionalInterface
    interface Dispatch {
        void serve(Runnable connection);
    }

    private final ServerSocket server;
    private final ServerContext ctx;
    private final Dispatch dispatch;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    AcceptLoop(ServerContext ctx, ServerThreads threads, Dispatch dispatch) throws IOException {
        this.ctx = ctx;
        this.dispatch = dispatch;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(ctx.config().address(), ServerContext.BACKLOG);
        this.acceptor = threads.start("acceptor", this::acceptAll);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (!ctx.admit(socket.getRemoteSocketAddress())) {
                refuse(socket);
                continue;
            }
            open.add(socket);
            Runnable connection = () -> {
                try {
                    BlockingConnection.serve(socket, ctx);
                } finally {
                    open.remove(socket);
                    ctx.stats().open.decrementAndGet();
                }
            };
            try {
                dispatch.serve(connection);
            } catch (RejectedExecutionException shuttingDown) {
                close(socket);
                open.remove(socket);
                ctx.stats().open.decrementAndGet();
            }
        }
    }

    private static void refuse(Socket socket) {
        try (socket) {
            socket.getOutputStream().write(ServerContext.FULL);
        } catch (IOException e) {
            Swallowed.report("sending a refused client its line", e); // it left already
        }
    }

    /** Stops accepting and closes every open connection; their threads then end. */
    void close() {
        close(server);
        open.forEach(AcceptLoop::close);
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            Swallowed.report("closing a socket", e); // closing anyway
        }
    }
}
