package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.jvm.Wire;
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
        ask(new Request.Put(me, item));
    }

    Reply.Item get() throws IOException {
        return item(ask(new Request.Get(null, false)), "get()");
    }

    /** {@code get(timeout=...)}: raises {@link Empty} if nothing came in time. */
    Reply.Item get(Duration timeout) throws IOException, Empty {
        return itemOrEmpty(ask(new Request.Get(timeout, false)), "get(timeout)");
    }

    Reply.Item getNowait() throws IOException, Empty {
        return itemOrEmpty(ask(new Request.Get(null, true)), "get_nowait()");
    }

    boolean full() throws IOException {
        return yes(ask(new Request.IsFull()), "full()");
    }

    boolean empty() throws IOException {
        return yes(ask(new Request.IsEmpty()), "empty()");
    }

    void taskDone() throws IOException {
        ask(new Request.TaskDone());
    }

    void join() throws IOException {
        ask(new Request.Join());
    }

    private static Reply.Item itemOrEmpty(Reply reply, String call) throws Empty {
        if (reply instanceof Reply.Nothing) {
            throw new Empty(call);
        }
        return item(reply, call);
    }

    private static Reply.Item item(Reply reply, String call) {
        if (reply instanceof Reply.Item item) {
            return item;
        }
        throw new IllegalStateException(call + " got " + reply);
    }

    private static boolean yes(Reply reply, String call) {
        if (reply instanceof Reply.Answer answer) {
            return answer.yes();
        }
        throw new IllegalStateException(call + " got " + reply);
    }

    private synchronized Reply ask(Request request) throws IOException {
        out.write((Wire.encode(request) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String line = readLine(in);
        if (line == null) {
            throw new IOException("the queue's owner has gone");
        }
        Reply answer = Wire.decode(line, Reply.class);
        if (answer instanceof Reply.Failed failed) {
            throw new IllegalStateException(failed.why());
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
