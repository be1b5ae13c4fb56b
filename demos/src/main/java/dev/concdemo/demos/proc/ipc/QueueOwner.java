package dev.concdemo.demos.proc.ipc;

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
import java.util.concurrent.TimeUnit;
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
 * <p>The protocol, one line each way: {@code PUT pid item}, {@code PUT_NOWAIT pid item} →
 * {@code OK} | {@code FULL}; {@code GET}, {@code GET ms}, {@code GET_NOWAIT} → {@code ITEM pid
 * item} | {@code EMPTY}; {@code FULL?}, {@code EMPTY?} → {@code TRUE} | {@code FALSE};
 * {@code TASK_DONE}, {@code JOIN} → {@code OK}.
 */
final class QueueOwner implements AutoCloseable {
    private record Entry(long from, String item) {}

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
    private final Deque<Entry> items = new ArrayDeque<>(); // guarded by lock
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
                out.write((answer(request) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | InterruptedException gone) {
            // the other process has gone, or the queue is closed
        } finally {
            connections.remove(connection);
            servers.remove(Thread.currentThread());
        }
    }

    private String answer(String request) throws InterruptedException {
        String[] parts = request.split(" ", 3);
        lock.lockInterruptibly();
        try {
            switch (parts[0]) {
                case "PUT", "PUT_NOWAIT" -> {
                    while (items.size() >= maxsize) {
                        if (parts[0].equals("PUT_NOWAIT")) {
                            return "FULL";
                        }
                        notFull.await();
                    }
                    items.addLast(new Entry(Long.parseLong(parts[1]), parts[2]));
                    unfinished++;
                    notEmpty.signal();
                    return "OK";
                }
                case "GET", "GET_NOWAIT" -> {
                    long nanos = parts.length > 1 ? TimeUnit.MILLISECONDS.toNanos(Long.parseLong(parts[1])) : -1;
                    while (items.isEmpty()) {
                        if (parts[0].equals("GET_NOWAIT") || (parts.length > 1 && nanos <= 0)) {
                            return "EMPTY";
                        }
                        if (parts.length > 1) {
                            nanos = notEmpty.awaitNanos(nanos);
                        } else {
                            notEmpty.await();
                        }
                    }
                    Entry e = items.removeFirst();
                    notFull.signal();
                    return "ITEM " + e.from() + " " + e.item();
                }
                case "FULL?" -> {
                    return items.size() >= maxsize ? "TRUE" : "FALSE";
                }
                case "EMPTY?" -> {
                    return items.isEmpty() ? "TRUE" : "FALSE";
                }
                case "TASK_DONE" -> {
                    if (unfinished == 0) {
                        return "ERROR task_done() called too many times";
                    }
                    if (--unfinished == 0) {
                        allDone.signalAll();
                    }
                    return "OK";
                }
                case "JOIN" -> {
                    while (unfinished > 0) {
                        allDone.await();
                    }
                    return "OK";
                }
                default -> {
                    return "ERROR unknown request " + parts[0];
                }
            }
        } finally {
            lock.unlock();
        }
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
