package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Request;
import dev.concdemo.demos.io.fib.RequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;

/** Serves one connection with blocking reads and writes, the seed's fib_response loop. */
final class BlockingConnection {
    private BlockingConnection() {}

    /** Reads requests and writes answers until the client leaves, misbehaves or the server closes the socket. */
    static void serve(Socket socket, ServerContext ctx) {
        SocketAddress peer = socket.getRemoteSocketAddress();
        long requests = 0;
        ctx.log().opened(peer);
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            RequestParser parser = new RequestParser(ctx.config().maxN());
            byte[] buffer = new byte[RequestParser.MAX_LINE * 2];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                List<Request> batch = parser.feed(buffer, 0, n);
                requests += batch.size();
                out.write(ctx.answer(batch));
                out.flush();
                if (ServerContext.closes(batch)) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the client reset the connection, or the server is closing: either way this connection is over
        } finally {
            ctx.log().closed(peer, requests);
        }
    }
}
