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
        SocketAddress peer = socket.getRemoteSocketAddress();
        Exchange exchange = Exchange.open(ctx);
        ctx.log().opened(peer);
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[Exchange.READ];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(exchange.answer(buffer, 0, n));
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
