package dev.concdemo.demos.io.fib.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One client connection to a fib server: send a request, read one answer line. Not thread-safe. */
public final class FibConnection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    public FibConnection(String host, int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Sends n as a line and returns the answer line ("55", or "error: …"). */
    public String ask(int n) throws IOException {
        return exchange(n + "\n");
    }

    /** Sends raw text (UTF-8) and returns the first answer line, or null if the server closed the connection. */
    public String exchange(String raw) throws IOException {
        send(raw);
        return readLine();
    }

    public void send(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public void send(byte[] raw) throws IOException {
        out.write(raw);
        out.flush();
    }

    /** The next answer line, or null at end of stream. */
    public String readLine() throws IOException {
        return in.readLine();
    }

    /** The next answer line, or null if none comes within {@code millis}. */
    public String readLine(int millis) throws IOException {
        int before = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            return in.readLine();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(before);
        }
    }

    /** True once this side has closed the connection. */
    public boolean isClosed() {
        return socket.isClosed();
    }

    /** Closes with a TCP reset instead of an orderly close. */
    public void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
