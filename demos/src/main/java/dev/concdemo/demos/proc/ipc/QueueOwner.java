package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.jvm.Wire;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A queue shared by processes: multiprocessing's {@code Queue(maxsize)} and {@code
 * JoinableQueue}, served from this process over a Unix-domain socket (java.nio, JDK 16+). Its
 * buffer, its bound and its count of unfinished items live here; every process, this one's
 * main thread included, talks to it through its own connection ({@link QueueClient}), one
 * request and one answer at a time. A put on a full queue and a get on an empty one wait here,
 * so the caller in the other process waits for the answer. (Python's Queue is a pipe, a lock
 * and a semaphore shared by the processes, with a feeder thread in each; Java has no API for
 * a semaphore shared between processes, so the bound is kept by this one owner.)
 *
 * <p>The protocol: a {@link Request} each way in, a {@link Reply} back, one {@code Wire} line
 * each ({@code Put from=4242 item=bun-1} → {@code Done}).
 */
final class QueueOwner implements AutoCloseable {
    private final int maxsize;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();
    private final Set<Thread> servers = ConcurrentHashMap.newKeySet(); // interrupted on close: a wait ends
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Condition allDone = lock.newCondition();
    private final Deque<Reply.Item> items = new ArrayDeque<>(); // guarded by lock
    private int unfinished; // guarded by lock: put and not yet task_done (JoinableQueue)

    QueueOwner(Path socket, int maxsize) throws IOException {
        this.maxsize = maxsize;
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        this.acceptor = Thread.ofPlatform().name("queue-owner").daemon().start(this::accept);
    }

    Path socket() {
        return socket;
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel connection = server.accept();
                connections.add(connection);
                servers.add(Thread.ofVirtual().name("queue-conn").start(() -> serve(connection)));
            }
        } catch (IOException closed) {
            // the queue is closed
        }
    }

    private void serve(SocketChannel connection) {
        try (connection;
                InputStream in = new BufferedInputStream(Channels.newInputStream(connection));
                OutputStream out = Channels.newOutputStream(connection)) {
            for (String request = QueueClient.readLine(in); request != null; request = QueueClient.readLine(in)) {
                out.write((Wire.encode(answer(Wire.decode(request, Request.class))) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | InterruptedException gone) {
            // the other process has gone, or the queue is closed
        } finally {
            connections.remove(connection);
            servers.remove(Thread.currentThread());
        }
    }

    private Reply answer(Request request) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            return switch (request) {
                case Request.Put put -> put(put);
                case Request.Get get -> get(get);
                case Request.IsFull _ -> new Reply.Answer(items.size() >= maxsize);
                case Request.IsEmpty _ -> new Reply.Answer(items.isEmpty());
                case Request.TaskDone _ -> taskDone();
                case Request.Join _ -> {
                    while (unfinished > 0) {
                        allDone.await();
                    }
                    yield new Reply.Done();
                }
            };
        } finally {
            lock.unlock();
        }
    }

    /** Holding the lock. */
    private Reply put(Request.Put put) throws InterruptedException {
        while (items.size() >= maxsize) {
            notFull.await();
        }
        items.addLast(new Reply.Item(put.from(), put.item()));
        unfinished++;
        notEmpty.signal();
        return new Reply.Done();
    }

    /** Holding the lock. */
    private Reply get(Request.Get get) throws InterruptedException {
        long nanos = get.timeout() == null ? -1 : get.timeout().toNanos();
        while (items.isEmpty()) {
            if (get.nowait() || (get.timeout() != null && nanos <= 0)) {
                return new Reply.Nothing();
            }
            if (get.timeout() != null) {
                nanos = notEmpty.awaitNanos(nanos);
            } else {
                notEmpty.await();
            }
        }
        Reply.Item item = items.removeFirst();
        notFull.signal();
        return item;
    }

    /** Holding the lock. */
    private Reply taskDone() {
        if (unfinished == 0) {
            return new Reply.Failed("task_done() called too many times");
        }
        if (--unfinished == 0) {
            allDone.signalAll();
        }
        return new Reply.Done();
    }

    /** Stops serving: closes every connection (their waits end), the socket, and deletes its file. */
    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
        for (SocketChannel c : connections) {
            c.close();
        }
        servers.forEach(Thread::interrupt);
        Files.deleteIfExists(socket);
    }
}
