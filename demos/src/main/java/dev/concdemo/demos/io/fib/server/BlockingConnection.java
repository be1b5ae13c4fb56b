package dev.concdemo.demos.io.fib.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;

/** Serves one connection with blocking reads and writes, the seed's fib_response loop. */
final class BlockingConnection {
    private BlockingConnection() {}

    /** Reads requests and writes answers until the client leaves, misbehaves or the server closes the socket. */
    static void serve(Socket socket, ServerContext ctx) {
        try (socket) {
            serveOpen(socket, ctx, () -> {});
        } catch (IOException closing) {
            // closing anyway
        }
    }

    /**
     * As {@link #serve}, but leaves the socket open (the caller closes it), and runs
     * {@code beforeEachAnswer} once a read's answer is counted, before it is sent.
     */
    static void serveOpen(Socket socket, ServerContext ctx, Runnable beforeEachAnswer) {
        SocketAddress peer = socket.getRemoteSocketAddress();
        Exchange exchange = Exchange.open(ctx);
        ctx.log().opened(peer);
        try {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[Exchange.READ];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                byte[] answer = exchange.answer(buffer, 0, n);
                beforeEachAnswer.run();
                out.write(answer);
                out.flush();
                if (exchange.closing()) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the client reset the connection, or the server is closing: either way this connection is over
        } finally {
            ctx.log().closed(peer, exchange.requests());
        }
    }
}
