package dev.concdemo.demos.proc.ipc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One process's handle on a {@link QueueOwner}'s queue, with Python's names: {@code put},
 * {@code get}, {@code get(timeout)}, {@code get_nowait}, {@code full}, {@code empty},
 * {@code task_done}, {@code join}. A get that finds nothing raises {@link Empty}, as
 * {@code queue.Empty}. Thread-safe: one request at a time on its one connection.
 */
final class QueueClient implements AutoCloseable {
    /** Python's {@code queue.Empty}. */
    static final class Empty extends Exception {
        private static final long serialVersionUID = 1L;

        Empty(String how) {
            super(how);
        }
    }

    /** An item and the pid of the process that put it. */
    record Item(long from, String value) {}

    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final long me = ProcessHandle.current().pid();

    QueueClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        in = new BufferedInputStream(Channels.newInputStream(channel));
        out = Channels.newOutputStream(channel);
    }

    void put(String item) throws IOException {
        ask("PUT " + me + " " + item);
    }

    Item get() throws IOException {
        return item(ask("GET"), "get()");
    }

    /** {@code get(timeout=...)}: raises {@link Empty} if nothing came in time. */
    Item get(Duration timeout) throws IOException, Empty {
        String answer = ask("GET " + timeout.toMillis());
        if (answer.equals("EMPTY")) {
            throw new Empty("get(timeout)");
        }
        return item(answer, "get(timeout)");
    }

    Item getNowait() throws IOException, Empty {
        String answer = ask("GET_NOWAIT");
        if (answer.equals("EMPTY")) {
            throw new Empty("get_nowait()");
        }
        return item(answer, "get_nowait()");
    }

    boolean full() throws IOException {
        return ask("FULL?").equals("TRUE");
    }

    boolean empty() throws IOException {
        return ask("EMPTY?").equals("TRUE");
    }

    void taskDone() throws IOException {
        ask("TASK_DONE");
    }

    void join() throws IOException {
        ask("JOIN");
    }

    private static Item item(String answer, String call) {
        if (!answer.startsWith("ITEM ")) {
            throw new IllegalStateException(call + " got " + answer);
        }
        String[] parts = answer.split(" ", 3);
        return new Item(Long.parseLong(parts[1]), parts[2]);
    }

    private synchronized String ask(String request) throws IOException {
        out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String answer = readLine(in);
        if (answer == null) {
            throw new IOException("the queue's owner has gone");
        }
        if (answer.startsWith("ERROR ")) {
            throw new IllegalStateException(answer.substring(6));
        }
        return answer;
    }

    /** One line, without its newline; null at the end of the stream. Returns as soon as the line is in. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
